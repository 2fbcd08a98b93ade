using System.Threading.Channels;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.Api.Ingestion;

/// <summary>
/// Takes ingestion jobs from the database and runs them through <see cref="IngestionPipeline"/>.
/// </summary>
/// <remarks>
/// Implementation note: the database, not memory, is the queue. One dispatcher claims jobs
/// (Pending → Running) and hands them to <see cref="IngestionOptions.Workers"/> consumers. Jobs found
/// Running at start-up were interrupted by a stop or crash and are put back to Pending, so nothing
/// accepted is ever lost; the pipeline is idempotent, so running a job twice is harmless.
/// </remarks>
internal sealed class IngestionWorker(
    IServiceScopeFactory scopes,
    IngestionSignal signal,
    IndexReconciler reconciler,
    IOptions<IngestionOptions> options,
    TimeProvider time,
    ILogger<IngestionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before the first database round-trip.
        await Task.Yield();
        if (!options.Value.Enabled)
        {
            return;
        }
        await ResumeInterruptedAsync(stoppingToken);
        await reconciler.ReconcileAsync(stoppingToken);

        var workers = Math.Max(1, options.Value.Workers);
        var queue = Channel.CreateBounded<long>(workers);
        var consumers = Enumerable.Range(0, workers)
            .Select(_ => Task.Run(() => ConsumeAsync(queue.Reader, stoppingToken), CancellationToken.None))
            .ToArray();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var jobId = await ClaimNextAsync(stoppingToken);
                if (jobId is null)
                {
                    await signal.WaitAsync(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken);
                    continue;
                }
                await queue.Writer.WriteAsync(jobId.Value, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping; claimed jobs that did not finish stay Running and resume at the next start.
        }
        finally
        {
            queue.Writer.TryComplete();
            await Task.WhenAll(consumers);
        }
    }

    private async Task ResumeInterruptedAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var resumed = await db.IngestionJobs
            .Where(j => j.State == IngestionJobState.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, IngestionJobState.Pending), ct);
        if (resumed > 0)
        {
            IngestionLog.Resumed(logger, resumed);
        }
    }

    /// <summary>Marks the oldest pending job Running and returns its id; only this loop claims, so no race.</summary>
    private async Task<long?> ClaimNextAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var job = await db.IngestionJobs
            .Where(j => j.State == IngestionJobState.Pending)
            .OrderBy(j => j.Id)
            .FirstOrDefaultAsync(ct);
        if (job is null)
        {
            return null;
        }
        job.State = IngestionJobState.Running;
        job.Attempts++;
        job.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return job.Id;
    }

    private async Task ConsumeAsync(ChannelReader<long> reader, CancellationToken ct)
    {
        try
        {
            await foreach (var jobId in reader.ReadAllAsync(ct))
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IngestionJobRunner>().RunAsync(jobId, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
