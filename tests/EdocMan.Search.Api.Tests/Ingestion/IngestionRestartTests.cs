using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Search;
using EdocMan.Search.Testing;
using Microsoft.Data.Sqlite;

namespace EdocMan.Search.Api.Tests.Ingestion;

/// <summary>A job interrupted by a stop or crash is finished after the next start; nothing accepted is lost.</summary>
public sealed class IngestionRestartTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task A_job_left_running_by_a_crash_finishes_after_restart()
    {
        string location;
        var marker = "khoidong" + Guid.NewGuid().ToString("N")[..8];
        // First life: the worker is off, so the upload is accepted and queued but not processed.
        using (var first = new ApiFactory(_data, ownsData: false, new Dictionary<string, string> { ["Ingestion:Enabled"] = "false" }))
        {
            var client = await first.SignedInClientAsync("lanqt");
            var upload = await client.UploadAsync("maison", PdfFactory.FromText($"Kế hoạch {marker} năm 2015."), "kh.pdf");
            location = upload.Headers.Location!.ToString();
            await Task.Delay(300);
            var stored = await client.GetFromJsonAsync<Api.Features.Documents.DocumentResponse>(location);
            Assert.Equal("Stored", stored!.Status);
        }

        // As if the process died while a worker held the job.
        await using (var connection = new SqliteConnection($"Data Source={_data.Combine("edocman.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            var command = connection.CreateCommand();
            command.CommandText = "UPDATE IngestionJobs SET State = 'Running', Attempts = 1; UPDATE Documents SET Status = 'Extracting';";
            Assert.True(await command.ExecuteNonQueryAsync() >= 2);
        }

        // Second life: the job is resumed and the document becomes searchable.
        using var second = new ApiFactory(_data, ownsData: false, []);
        var again = await second.SignedInClientAsync("lanqt");
        var document = await again.WaitForProcessingAsync(location);
        var results = await again.GetFromJsonAsync<SearchResponse>($"/maison/api/search?q={marker}");

        Assert.Equal("Indexed", document.Status);
        Assert.Equal(document.Id, Assert.Single(results!.Hits).Id);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
