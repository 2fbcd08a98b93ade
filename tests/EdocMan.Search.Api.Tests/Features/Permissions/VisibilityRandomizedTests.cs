using System.Net;
using System.Net.Http.Json;
using System.Text;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Api.Features.Permissions;
using EdocMan.Search.Api.Features.Search;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using EdocMan.Search.Data.Access;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.Api.Tests.Features.Permissions;

/// <summary>
/// Random agencies, officials, roles, registers, publications, recipients and shares; every
/// (official, document) pair is checked through search totals, hits, similar documents and every direct URL against
/// <see cref="VisibilityOracle"/>, before and after random permission changes made through the API.
/// </summary>
public sealed class VisibilityRandomizedTests : IDisposable
{
    private const string Password = "Fuzz2025quyen";
    private const string CommonWord = "kiemtraphanquyen";
    private static readonly string[] AllRoles =
        [Roles.Clerk, Roles.Leader, Roles.Specialist, Roles.Archivist, Roles.AgencyAdmin, Roles.SystemAdmin];

    private readonly ApiFactory _factory = new();
    private readonly Random _random = new(20141113);
    private readonly List<string> _agencies = [];
    private readonly List<WorldUser> _users = [];
    private readonly List<WorldDocument> _documents = [];
    private readonly Dictionary<int, HttpClient> _clients = [];
    private int _cases;

    [Fact]
    public async Task Nothing_leaks_through_search_or_direct_urls()
    {
        _factory.CreateClient().Dispose(); // starts the host: migrations and demo accounts
        await BuildWorldAsync(agencies: 5, users: 20, documents: 60);
        foreach (var user in _users)
        {
            _clients[user.Id] = await SignInAsync(user.Username);
        }

        await CheckEveryPairAsync();
        await ChangePermissionsThroughTheApiAsync(changes: 25);
        await CheckEveryPairAsync();
        await OtherAgenciesRoutesAreClosedAsync();

        Assert.True(_cases > 2000, $"only {_cases} cases");
    }

    private async Task BuildWorldAsync(int agencies, int users, int documents)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();

        var agencyIds = new Dictionary<string, int>();
        for (var i = 0; i < agencies; i++)
        {
            var agency = new Agency { Code = $"fz{i}", Name = $"Cơ quan thử {i}", Symbol = $"FZ{i}" };
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            agencyIds[agency.Code] = agency.Id;
            _agencies.Add(agency.Code);
        }
        var hash = AuthHandlers.HashPassword(new Account { Username = "x", FullName = "x", PasswordHash = "" }, Password);
        for (var i = 0; i < users; i++)
        {
            var agency = _agencies[i % agencies];
            // Every agency gets a clerk first, so every document has someone who may change its permissions.
            string[] roles = i < agencies ? [Roles.Clerk] : Pick(AllRoles, 1 + _random.Next(2)).ToArray();
            var account = new Account
            {
                AgencyId = agencyIds[agency], Username = $"fuzz{i}", FullName = $"Người thử {i}", PasswordHash = hash,
                Roles = [.. roles],
            };
            db.Accounts.Add(account);
            await db.SaveChangesAsync();
            _users.Add(new WorldUser(account.Id, account.Username, agency, roles));
        }

        for (var i = 0; i < documents; i++)
        {
            var agency = _agencies[_random.Next(agencies)];
            var register = (RegisterKind)_random.Next(3);
            var marker = "mk" + string.Concat(Enumerable.Range(0, 8).Select(_ => (char)('a' + _random.Next(26))));
            var members = _users.Where(u => u.Agency == agency).ToList();
            var doc = new WorldDocument
            {
                Id = NewId(), Agency = agency, Register = register, Marker = marker,
                UploadedBy = _random.Next(3) == 0 ? null : members[_random.Next(members.Count)].Id,
            };
            Randomize(doc);
            _documents.Add(doc);

            var text = $"Văn bản {CommonWord} số {i}, mã {marker}.";
            var original = await store.SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), CancellationToken.None);
            db.Documents.Add(new Document
            {
                Id = doc.Id, AgencyId = agencyIds[agency], Register = register, Title = $"Văn bản thử {i}", FileName = $"vb{i}.txt",
                ContentType = ContentTypes.PlainText, Sha256 = original.Sha256, SizeBytes = original.SizeBytes,
                Status = DocumentStatus.Indexed, PageCount = 1, UploadedBy = doc.UploadedBy, Published = doc.Published,
                CreatedAt = DateTimeOffset.UtcNow,
            });
            db.DocumentPages.Add(new DocumentPage { DocumentId = doc.Id, Number = 1, Text = text, Source = TextSource.PlainText });
            db.DocumentGrants.AddRange(doc.Recipients.Select(a => new DocumentGrant { DocumentId = doc.Id, Kind = GrantKind.Recipient, AgencyId = agencyIds[a] }));
            db.DocumentGrants.AddRange(doc.SharedAgencies.Select(a => new DocumentGrant { DocumentId = doc.Id, Kind = GrantKind.Agency, AgencyId = agencyIds[a] }));
            db.DocumentGrants.AddRange(doc.SharedUsers.Select(u => new DocumentGrant { DocumentId = doc.Id, Kind = GrantKind.User, AccountId = u }));
            await db.SaveChangesAsync();
        }

        // Index through the production path: permissions read back from the database, entries rebuilt from page texts.
        foreach (var entry in await Data.Indexing.IndexEntryBuilder.BuildAsync(db, _documents.Select(d => d.Id).ToList(), CancellationToken.None))
        {
            await index.UpsertAsync(entry, CancellationToken.None);
        }
        await index.RefreshAsync();
    }

    private void Randomize(WorldDocument doc)
    {
        var others = _agencies.Where(a => a != doc.Agency).ToList();
        doc.Published = _random.Next(6) == 0;
        doc.Recipients = doc.Register == RegisterKind.Outgoing && _random.Next(2) == 0 ? Pick(others, 1 + _random.Next(2)).ToHashSet() : [];
        doc.SharedAgencies = _random.Next(5) == 0 ? Pick(others, 1).ToHashSet() : [];
        doc.SharedUsers = _random.Next(3) == 0 ? Pick(_users, 1 + _random.Next(2)).Select(u => u.Id).ToHashSet() : [];
    }

    private async Task ChangePermissionsThroughTheApiAsync(int changes)
    {
        for (var i = 0; i < changes; i++)
        {
            var doc = _documents[_random.Next(_documents.Count)];
            Randomize(doc);
            var clerk = _users.First(u => u.Agency == doc.Agency && u.Roles.Contains(Roles.Clerk));
            var request = new DocumentAccessRequest(
                doc.Published, [.. doc.Recipients], [.. doc.SharedAgencies],
                [.. _users.Where(u => doc.SharedUsers.Contains(u.Id)).Select(u => u.Username)]);
            var response = await _clients[clerk.Id].PutAsJsonAsync($"/{clerk.Agency}/api/documents/{doc.Id}/access", request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<DocumentAccessResponse>();
            Assert.Equal(doc.Recipients.Order(), body!.Recipients);
            Assert.Equal(doc.Published, body.Published);

            // Someone outside the owning agency's registers may never change it, even when they can see it.
            var outsider = _users.First(u => u.Agency != doc.Agency);
            var denied = await _clients[outsider.Id].PutAsJsonAsync($"/{outsider.Agency}/api/documents/{doc.Id}/access", request);
            Assert.Equal(VisibilityOracle.MaySee(outsider, doc) ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound, denied.StatusCode);
        }
    }

    private async Task CheckEveryPairAsync()
    {
        foreach (var user in _users)
        {
            var client = _clients[user.Id];
            var expected = _documents.Where(d => VisibilityOracle.MaySee(user, d)).Select(d => d.Id).ToHashSet();
            var all = await client.GetFromJsonAsync<SearchResponse>($"/{user.Agency}/api/search?q={CommonWord}&pageSize=100");
            Assert.Equal(expected.Count, all!.Total);
            Assert.True(expected.SetEquals(all.Hits.Select(h => h.Id)), $"{user.Username} ({string.Join(",", user.Roles)}) saw the wrong set");

            foreach (var doc in _documents)
            {
                var visible = expected.Contains(doc.Id);
                var because = $"{user.Username} {user.Agency} [{string.Join(",", user.Roles)}] → {doc.Agency}/{doc.Register} doc {doc.Id}";
                var byMarker = await client.GetFromJsonAsync<SearchResponse>($"/{user.Agency}/api/search?q={doc.Marker}");
                Assert.True((visible ? 1 : 0) == byMarker!.Total, "search total: " + because);
                Assert.True(byMarker.Hits.Count == byMarker.Total, "search hits: " + because);
                var want = visible ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                var url = $"/{user.Agency}/api/documents/{doc.Id}";
                Assert.True(want == (await client.GetAsync(url)).StatusCode, "metadata: " + because);
                // The text and the original of a random quarter of the pairs (each is one more round trip).
                if (_random.Next(4) == 0)
                {
                    Assert.True(want == (await client.GetAsync(url + "/text")).StatusCode, "text: " + because);
                    Assert.True(want == (await client.GetAsync(url + "/original")).StatusCode, "original: " + because);
                    // "Văn bản tương tự": the source must be visible, and so must every hit.
                    var similar = await client.GetAsync(url + "/similar?count=50");
                    Assert.True(want == similar.StatusCode, "similar: " + because);
                    if (visible)
                    {
                        var alike = await similar.Content.ReadFromJsonAsync<SearchResponse>();
                        Assert.True(alike!.Hits.All(h => expected.Contains(h.Id)), "similar hits: " + because);
                    }
                }
                _cases++;
            }
        }
    }

    private async Task OtherAgenciesRoutesAreClosedAsync()
    {
        foreach (var user in _users.Where(u => !u.Roles.Contains(Roles.SystemAdmin)).Take(10))
        {
            var other = _agencies.First(a => a != user.Agency);
            var doc = _documents.First(d => d.Agency == other);
            Assert.Equal(HttpStatusCode.Forbidden, (await _clients[user.Id].GetAsync($"/{other}/api/documents/{doc.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await _clients[user.Id].GetAsync($"/{other}/api/search?q={CommonWord}")).StatusCode);
        }
    }

    private async Task<HttpClient> SignInAsync(string username)
    {
        var client = _factory.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { username, password = Password });
        login.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Ids from the seeded generator too, so a failure names the same documents on every run.</summary>
    private Guid NewId()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private IEnumerable<T> Pick<T>(IReadOnlyList<T> from, int count) =>
        from.OrderBy(_ => _random.Next()).Take(Math.Min(count, from.Count)).ToList();

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
        _factory.Dispose();
    }
}
