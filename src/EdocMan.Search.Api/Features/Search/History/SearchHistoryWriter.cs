using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;

namespace EdocMan.Search.Api.Features.Search.History;

/// <summary>Writes queued searches to the database in batches, off the request path.</summary>
internal sealed partial class SearchHistoryWriter(
    SearchHistoryRecorder recorder, IServiceScopeFactory scopes, ILogger<SearchHistoryWriter> logger) : BackgroundService
{
    private const int MaxBatch = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = recorder.Reader;
        var batch = new List<SearchHistoryEntry>(MaxBatch);
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && reader.TryRead(out var entry))
                {
                    batch.Add(entry);
                }
                await WriteAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what is still queued is lost, which history can afford.
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
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write {Count} search history entries")]
    private static partial void LogWriteFailed(ILogger logger, int count, Exception exception);
}
