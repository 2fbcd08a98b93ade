using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Api.Features.Search;
using EdocMan.Search.Api.Ingestion;
using EdocMan.Search.Data;
using Microsoft.EntityFrameworkCore;
using EdocMan.Search.Indexing;
using EdocMan.Search.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdocMan.Search.Api.Tests.Ingestion;

/// <summary>The start-up reconciliation of the index with the database, on states a SIGKILL can leave.</summary>
/// <remarks>
/// Runs alone (the reliability collection): it stops one host and opens the same index folder in the test
/// itself, and in one clean-clone run of the whole suite the folder was still held when it did ("already
/// open in this process"), which it never was when run by itself; the cause is not found yet.
/// </remarks>
[Collection(Reliability.ReliabilityCollection.Name)]
public sealed class IndexReconcilerTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    [Fact]
    public async Task An_indexed_document_lost_from_the_index_is_restored_even_when_the_counts_agree()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        DocumentResponse cut, lost;
        using (var first = new ApiFactory(_data, ownsData: false, []))
        {
            var client = await first.SignedInClientAsync("lanqt");
            cut = await UploadAsync(client, $"Kế hoạch dangdo{run} năm 2015.", "a.pdf");
            lost = await UploadAsync(client, $"Thông báo mattich{run} năm 2015.", "b.pdf");
        }

        // As a kill can leave it with two ingestion workers: the entry of a document whose job was cut
        // before its database save had been committed, while the entry of a document saved Indexed just
        // before was still uncommitted and died with the process. One entry, one Indexed row: the counts agree.
        using (var index = await OpenWhenReleasedAsync(_data.Combine("index")))
        {
            await index.DeleteAsync(lost.Id, CancellationToken.None);
            await index.CommitAsync();
        }
        await using (var connection = new SqliteConnection($"Data Source={_data.Combine("edocman.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE Documents SET Status = 'Extracting' WHERE upper(Id) = upper($id);
                UPDATE IngestionJobs SET State = 'Running' WHERE upper(DocumentId) = upper($id);
                """;
            command.Parameters.AddWithValue("$id", cut.Id.ToString());
            Assert.Equal(2, await command.ExecuteNonQueryAsync());
        }

        using var second = new ApiFactory(_data, ownsData: false, []);
        var again = await second.SignedInClientAsync("lanqt");
        Assert.Equal("Indexed", (await again.WaitForProcessingAsync($"/maison/api/documents/{cut.Id}")).Status);

        Assert.Equal(lost.Id, Assert.Single((await SearchAsync(again, $"mattich{run}")).Hits).Id);
        Assert.Equal(cut.Id, Assert.Single((await SearchAsync(again, $"dangdo{run}")).Hits).Id);
    }

    /// <summary>
    /// Opens the index folder once the stopped host has let go of it. In two clean-clone runs of the whole suite
    /// (2026-11-25 and 2026-12-07) the folder was still registered as open in this process right after the first
    /// host was disposed (cause not found); the test waits for it, for at most 30 s, instead of failing there.
    /// </summary>
    private static async Task<LuceneSearchIndex> OpenWhenReleasedAsync(string folder)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                return new LuceneSearchIndex(folder, NullLogger<LuceneSearchIndex>.Instance);
            }
            catch (InvalidOperationException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    [Fact]
    public async Task Documents_not_indexed_are_read_from_the_status_index_not_by_a_table_scan()
    {
        // At a million documents a scan of the table took 4 s with a cold cache on every start.
        var options = new DbContextOptionsBuilder<EdocManDbContext>()
            .UseSqlite($"Data Source={_data.Combine("plan.db")};Pooling=False").Options;
        await using var db = new EdocManDbContext(options);
        await db.Database.MigrateAsync();
        var query = db.Documents.Where(IndexReconciler.NotIndexed).Select(d => d.Id);

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + query.ToQueryString();
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, step => step.Contains("USING INDEX IX_Documents_Status", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN Documents", StringComparison.Ordinal));
        Assert.Empty(await query.ToListAsync());
    }

    private static async Task<DocumentResponse> UploadAsync(HttpClient client, string text, string name)
    {
        var upload = await client.UploadAsync("maison", PdfFactory.FromText(text), name);
        var document = await client.WaitForProcessingAsync(upload.Headers.Location!.ToString());
        Assert.Equal("Indexed", document.Status);
        return document;
    }

    private static async Task<SearchResponse> SearchAsync(HttpClient client, string q) =>
        (await client.GetFromJsonAsync<SearchResponse>($"/maison/api/search?q={q}"))!;
}
