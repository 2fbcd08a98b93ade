using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Api.Features.Registers;
using EdocMan.Search.Api.Features.Search;
using EdocMan.Search.Api.Tests.Features.Documents;
using EdocMan.Search.Testing.Hostile;
using Xunit.Abstractions;

namespace EdocMan.Search.Api.Tests.Reliability;

/// <summary>
/// A thousand and more malformed searches never fail the server (200, or 400 with a Vietnamese problem),
/// and markup typed into any text field comes back escaped on every page that shows it.
/// </summary>
[Trait("Category", "Reliability")]
[Collection(ReliabilityCollection.Name)]
public sealed class HostileSearchTests(ApiFactory factory, ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    private const int Seed = 8_2026;

    [Fact]
    public async Task A_thousand_malformed_queries_get_200_or_a_Vietnamese_400()
    {
        var client = await factory.SignedInClientAsync("chiennv");
        await IndexedAsync(client, "Quyết định 31/2014/QĐ-UBND ban hành quy chế quản lý văn bản " + Guid.NewGuid(), "quy-che.txt");
        var queries = HostileStrings.SearchQueryStrings(Seed, 1200).ToList();
        Assert.True(queries.Count >= 1000, $"only {queries.Count} queries");

        var watch = Stopwatch.StartNew();
        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        await Parallel.ForEachAsync(queries, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (query, ct) =>
        {
            var response = await client.GetAsync("/tttt/api/search?" + query, ct);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            var problem = await CheckAsync(response);
            if (problem is not null)
            {
                failures.Add($"{HostileFiles.Shorten(query)} → {problem}");
            }
        });
        output.WriteLine($"seed {Seed}: {queries.Count} queries in {watch.Elapsed.TotalSeconds:0.0} s: " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(failures.IsEmpty, $"seed {Seed}: {failures.Count} bad answers:\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public async Task Markup_in_every_text_field_comes_back_escaped()
    {
        var client = await factory.SignedInClientAsync("chiennv");
        var token = "danhdau" + Guid.NewGuid().ToString("N")[..8];
        var fields = new Dictionary<string, string>
        {
            ["title"] = $"{token} {HostileStrings.Script}", ["number"] = "<b>12</b>/UBND", ["documentType"] = "<i>CV</i>",
            ["issuer"] = HostileStrings.Script, ["signer"] = "<img src=x onerror=alert(1)>",
        };
        var document = await IndexedAsync(client, $"Công văn {token}\n{HostileStrings.Script}\n<img src=x onerror=alert(1)>", "the.txt", fields);

        var register = await client.PostAsJsonAsync("/tttt/api/registers/den/entries", new RegisterRequest(
            document.Id, true, "CV", $"{token} {HostileStrings.Script}", "<b>99</b>/CV-X", null, HostileStrings.Script,
            "<img src=x onerror=alert(1)>", HostileStrings.Script, HostileStrings.Script, null, "<svg onload=alert(1)>",
            null, null, HostileStrings.Script, null));
        Assert.True(register.StatusCode is HttpStatusCode.Created or HttpStatusCode.BadRequest,
            $"vào sổ answered {(int)register.StatusCode}: {await register.Content.ReadAsStringAsync()}");

        var search = await client.GetFromJsonAsync<SearchResponse>($"/tttt/api/search?q={token}");
        var hit = Assert.Single(search!.Hits);
        Assert.All(hit.Snippets, s => Assert.DoesNotContain("<script", s.Html, StringComparison.OrdinalIgnoreCase));
        Assert.All(hit.Snippets, s => Assert.DoesNotContain("<img", s.Html, StringComparison.OrdinalIgnoreCase));

        string[] pages =
        [
            $"/tttt/tim-kiem?q={token}", $"/tttt/van-ban/{document.Id}?q=script+img+{token}", $"/tttt/van-ban/{document.Id}",
            "/tttt/so-van-ban/den", $"/tttt/van-ban/{document.Id}/vao-so/den",
        ];
        foreach (var page in pages)
        {
            var response = await client.GetAsync(page);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {(int)response.StatusCode}");
            Assert.DoesNotContain(HostileStrings.Script, html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<svg onload", html);
            Assert.DoesNotContain("<b>12</b>", html);
        }
        var today = DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd");
        var pdf = await client.GetAsync($"/tttt/api/registers/den/days/{today}/pdf");
        Assert.True((int)pdf.StatusCode < 500, $"the printed register answered {(int)pdf.StatusCode}");
    }

    [Theory]
    [InlineData("summary", 100_000)]
    [InlineData("notes", 100_000)]
    [InlineData("numberSymbol", 5_000)]
    public async Task Huge_or_control_character_registration_fields_are_a_clear_4xx(string field, int length)
    {
        var client = await factory.SignedInClientAsync("chiennv");
        var document = await IndexedAsync(client, "Văn bản vào sổ thử " + Guid.NewGuid(), "vao-so.txt");
        foreach (var value in new[] { new string('Ư', length), "\0\u0001\u001b[31m", "\uD800" + new string('x', 10) })
        {
            var json = $$"""{"documentId":"{{document.Id}}","confirmNotExcluded":true,"documentType":"CV","summary":"Trích yếu","{{field}}":{{System.Text.Json.JsonSerializer.Serialize(value)}}}""";
            var response = await client.PostAsync("/tttt/api/registers/den/entries", new StringContent(json, Encoding.UTF8, "application/json"));
            var status = (int)response.StatusCode;
            Assert.True(status is 201 or (>= 400 and < 500), $"{field}={HostileFiles.Shorten(value)} answered {status}");
            if (status >= 400)
            {
                Assert.Null(await CheckAsync(response));
            }
        }
    }

    /// <summary>Null when the answer is a JSON 200 or a 4xx problem with a Vietnamese detail; else what is wrong.</summary>
    private static async Task<string?> CheckAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        var type = response.Content.Headers.ContentType?.MediaType;
        if (status is 200 or 201)
        {
            return type == "application/json" ? null : $"{status} as {type}";
        }
        if (status is < 400 or >= 500)
        {
            return $"status {status}: {HostileFiles.Shorten(body)}";
        }
        if (type != "application/problem+json")
        {
            return $"{status} as {type ?? "no content type"}: {HostileFiles.Shorten(body)}";
        }
        var problem = System.Text.Json.JsonSerializer.Deserialize<ProblemBody>(body, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
        return Vietnamese.IsVietnamese(problem?.Detail) ? null : $"{status} without a Vietnamese detail: {HostileFiles.Shorten(body)}";
    }

    private static async Task<DocumentResponse> IndexedAsync(
        HttpClient client, string text, string fileName, IDictionary<string, string>? fields = null)
    {
        var upload = await client.UploadAsync("tttt", Encoding.UTF8.GetBytes(text), fileName, fields);
        Assert.True(upload.StatusCode == HttpStatusCode.Accepted, await upload.Content.ReadAsStringAsync());
        var document = await client.WaitForProcessingAsync(upload.Headers.Location!.ToString());
        Assert.Equal("Indexed", document.Status);
        return document;
    }
}
