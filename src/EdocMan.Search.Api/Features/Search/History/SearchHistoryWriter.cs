using System.Threading.Channels;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;

namespace EdocMan.Search.Api.Features.Search.History;

/// <summary>Writes queued searches to the database in batches, off the request path.</summary>
/// <remarks>
/// It gathers for <see cref="GatherWindow"/> after the first search of a batch: written one by one, each search was a
/// transaction of its own, whose commit (and fsync) took about 2.5 ms from the searches running beside it on a
/// two-core server (bench-search --http-only at a million documents: the index's p50 went from 10.8 to 13.1 ms).
/// A page that shows "Tìm kiếm gần đây" cuts the gathering short (<see cref="SearchHistoryRecorder.WrittenAsync"/>),
/// so an official always finds the search they have just run there. What is still queued when the server stops
/// is written before it exits.
/// </remarks>
internal sealed partial class SearchHistoryWriter(
    SearchHistoryRecorder recorder, IServiceScopeFactory scopes, TimeProvider time, ILogger<SearchHistoryWriter> logger) : BackgroundService
{
    /// <summary>How long the first search of a batch waits for others to join it.</summary>
    public static readonly TimeSpan GatherWindow = TimeSpan.FromSeconds(1);

    private const int MaxBatch = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = recorder.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                await GatherAsync(stoppingToken);
                await DrainAsync(reader, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: write what is queued (the host's shutdown timeout bounds it).
            await DrainAsync(reader, CancellationToken.None);
        }
    }

    /// <summary>Waits out the gathering window, or less when a page is waiting for the history.</summary>
    private async Task GatherAsync(CancellationToken stoppingToken)
    {
        using var window = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var elapsed = Task.Delay(GatherWindow, time, window.Token);
        await Task.WhenAny(elapsed, recorder.HurryRequested);
        await window.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    private async Task DrainAsync(ChannelReader<SearchHistoryEntry> reader, CancellationToken ct)
    {
        var batch = new List<SearchHistoryEntry>(MaxBatch);
        while (reader.TryRead(out var entry))
        {
            batch.Add(entry);
            if (batch.Count == MaxBatch)
            {
                await WriteAsync(batch, ct);
                batch.Clear();
            }
        }
        if (batch.Count > 0)
        {
            await WriteAsync(batch, ct);
        }
    }

    private async Task WriteAsync(List<SearchHistoryEntry> batch, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
            db.SearchHistory.AddRange(batch);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An account deleted meanwhile, a locked database: drop this batch, keep the writer alive.
            LogWriteFailed(logger, batch.Count, e);
        }
        finally
        {
            recorder.Written(batch.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write {Count} search history entries")]
    private static partial void LogWriteFailed(ILogger logger, int count, Exception exception);
}
