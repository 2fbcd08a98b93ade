using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Api.Ingestion;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.Api.Tests.Ingestion;

/// <summary>
/// The throttled progress writes, on a real database with the worker off so nothing else touches the row:
/// the first report is written at once, later ones at most every interval, the last one at the flush.
/// </summary>
public sealed class ExtractionProgressRecorderTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task Reports_are_written_at_once_then_throttled_then_flushed_and_never_go_backwards()
    {
        using var factory = new ApiFactory(_data, ownsData: false, new Dictionary<string, string> { ["Ingestion:Enabled"] = "false" });
        var client = await factory.SignedInClientAsync("lanqt");
        var upload = await client.UploadAsync("maison", PdfFactory.FromText("Kế hoạch kiểm tra tiến độ."), "kh.pdf");
        var url = upload.Headers.Location!.ToString();
        var document = (await client.GetFromJsonAsync<DocumentResponse>(url))!;
        Assert.Equal(("Stored", null, null), (document.Status, document.PagesDone, document.PagesTotal));

        var clock = new ManualClock();
        var recorder = new ExtractionProgressRecorder(
            factory.Services.GetRequiredService<IServiceScopeFactory>(), document.Id, clock, CancellationToken.None);
        recorder.Report(new PageProgress(0, 5));
        await recorder.FlushAsync();
        Assert.Equal((0, 5), await ProgressAsync(client, url));

        recorder.Report(new PageProgress(2, 5));
        recorder.Report(new PageProgress(1, 5)); // a page that finished late on another worker
        await Task.Delay(200);
        Assert.Equal((0, 5), await ProgressAsync(client, url)); // within the interval: not written yet

        clock.Advance(ExtractionProgressRecorder.Interval);
        recorder.Report(new PageProgress(3, 5));
        recorder.Report(new PageProgress(4, 5));
        await recorder.FlushAsync();
        Assert.Equal((4, 5), await ProgressAsync(client, url));
    }

    private static async Task<(int?, int?)> ProgressAsync(HttpClient client, string url)
    {
        var document = (await client.GetFromJsonAsync<DocumentResponse>(url))!;
        return (document.PagesDone, document.PagesTotal);
    }

    /// <summary>A clock whose timestamps move only when told.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks = 1;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
