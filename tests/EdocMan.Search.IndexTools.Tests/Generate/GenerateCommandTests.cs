using EdocMan.Search.Api.Hosting;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using EdocMan.Search.Data.Access;
using EdocMan.Search.Indexing;
using EdocMan.Search.IndexTools.Generate;
using EdocMan.Search.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.IndexTools.Tests.Generate;

/// <summary>
/// <c>generate</c> on a temporary data folder with the repository's sample texts: rows, index entries
/// and permissions agree, and a resumed run continues the same corpus without duplicates.
/// </summary>
public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private static ServiceProvider Services(string folder)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = folder })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddEdocManOptions().AddData().AddIndexing();
        return services.BuildServiceProvider();
    }

    // Each call is a new process as far as the database and index are concerned.
    private static async Task<GenerateSummary> GenerateAsync(string folder, int documents)
    {
        await using var services = Services(folder);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        var options = new GenerateOptions(documents, [], Samples.Directory, Seed: 7, BatchSize: 25);
        return await GenerateCommand.GenerateAsync(services, options, TextWriter.Null, CancellationToken.None);
    }

    private static async Task<List<Document>> DocumentsAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EdocManDbContext>().Documents.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task Rows_originals_index_entries_and_tokens_agree()
    {
        await GenerateAsync(_data.Path, 120);

        await using var services = Services(_data.Path);
        var documents = await DocumentsAsync(services);
        var index = services.GetRequiredService<ISearchIndex>();
        var store = services.GetRequiredService<IDocumentStore>();
        Assert.Equal(120, documents.Count);
        Assert.Equal(120, index.GetStats().DocumentCount);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var pages = (await db.DocumentPages.AsNoTracking().ToListAsync()).ToLookup(p => p.DocumentId);
        var tokens = await db.LoadAccessTokensAsync(documents.Select(d => d.Id).ToList(), CancellationToken.None);
        foreach (var d in documents)
        {
            Assert.Equal(DocumentStatus.Indexed, d.Status);
            Assert.StartsWith(DocumentComposer.FileNamePrefix, d.FileName, StringComparison.Ordinal);
            Assert.Equal(d.PageCount, pages[d.Id].Count());
            Assert.True(store.Exists(d.Sha256));
            Assert.True(index.Contains(d.Id));
            Assert.Equal(AccessPolicy.PublishedByDefault(d.Register, d.Number, d.DocumentType, d.Issuer), d.Published);
            Assert.NotEmpty(tokens[d.Id]);
        }
        Assert.Equal(3, documents.Select(d => d.Register).Distinct().Count());
        Assert.True(documents.Select(d => d.DocumentDate!.Value.Year).Distinct().Count() >= 5);
        Assert.Contains(documents, d => d.Published);
        Assert.Empty(await db.IngestionJobs.ToListAsync());
    }

    [Fact]
    public async Task A_document_is_found_by_its_agency_and_not_by_another_unless_published()
    {
        await GenerateAsync(_data.Path, 120);

        await using var services = Services(_data.Path);
        var documents = await DocumentsAsync(services);
        await using var scope = services.CreateAsyncScope();
        var agencies = await scope.ServiceProvider.GetRequiredService<EdocManDbContext>().Agencies.ToDictionaryAsync(a => a.Id, a => a.Code);
        var index = services.GetRequiredService<ISearchIndex>();
        var own = documents.First(d => d.Register == RegisterKind.Internal && !d.Published);
        var published = documents.First(d => d.Published);
        var other = agencies.First(a => a.Key != own.AgencyId && a.Key != published.AgencyId).Value;

        Assert.True(Finds(index, own, agencies[own.AgencyId]));
        Assert.False(Finds(index, own, other));
        Assert.True(Finds(index, published, other));
    }

    [Fact]
    public async Task A_resumed_run_continues_the_same_corpus_without_duplicates()
    {
        using var straight = new TempDirectory();
        await GenerateAsync(straight.Path, 60);

        var first = await GenerateAsync(_data.Path, 35);
        var second = await GenerateAsync(_data.Path, 60);
        var again = await GenerateAsync(_data.Path, 60);

        Assert.Equal((0, 35), (first.Existing, first.Added));
        Assert.Equal((35, 25), (second.Existing, second.Added));
        Assert.Equal((60, 0), (again.Existing, again.Added));
        await using var resumed = Services(_data.Path);
        await using var expected = Services(straight.Path);
        var documents = await DocumentsAsync(resumed);
        Assert.Equal(60, resumed.GetRequiredService<ISearchIndex>().GetStats().DocumentCount);
        Assert.Equal(
            (await DocumentsAsync(expected)).Select(d => (d.Id, d.Number, d.Sha256)).Order(),
            documents.Select(d => (d.Id, d.Number, d.Sha256)).Order());
        // Numbers come from per agency, register, type and year series: never twice in one series.
        var series = documents.Where(d => d.Register != RegisterKind.Incoming)
            .GroupBy(d => (d.AgencyId, d.Register, d.Number, d.DocumentDate!.Value.Year));
        Assert.All(series, g => Assert.Single(g));
    }

    // A chuyên viên (specialist) of the agency: no incoming-queue role, only what the agency circulates.
    private static bool Finds(ISearchIndex index, Document document, string agencyCode)
    {
        var tokens = AccessPolicy.ForUser(agencyCode, [Roles.Specialist], accountId: 1_000_000);
        var results = index.Search(new SearchQuery(document.Number!, tokens, PageSize: LuceneSearchIndex.MaxPageSize));
        return results.Hits.Any(h => h.Id == document.Id);
    }
}
