using System.Diagnostics;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using EdocMan.Search.Data.Indexing;
using EdocMan.Search.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.Api.Ingestion;

/// <summary>Runs one claimed job and records every status transition of its document. Scoped.</summary>
internal sealed class IngestionJobRunner(
    EdocManDbContext db,
    IngestionPipeline pipeline,
    ISearchIndex index,
    IOptions<IngestionOptions> options,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<IngestionJobRunner> logger)
{
    public async Task RunAsync(long jobId, CancellationToken ct)
    {
        var job = await db.IngestionJobs.SingleOrDefaultAsync(j => j.Id == jobId, ct);
        var document = job is null ? null : await db.Documents.SingleOrDefaultAsync(d => d.Id == job.DocumentId, ct);
        if (job is null || document is null)
        {
            return;
        }
        if (job.Attempts > options.Value.MaxAttempts)
        {
            await FailAsync(job, document, $"Không xử lý được tệp sau {options.Value.MaxAttempts} lần thử. Tệp gốc vẫn được lưu; hãy báo quản trị viên.", ct);
            return;
        }

        var agencyCode = await db.Agencies.Where(a => a.Id == document.AgencyId).Select(a => a.Code).SingleAsync(ct);
        document.Status = DocumentStatus.Extracting;
        // A resumed job counts its pages again from the start.
        document.PagesDone = null;
        document.PagesTotal = null;
        await db.SaveChangesAsync(ct);

        var watch = Stopwatch.StartNew();
        try
        {
            var tokens = await db.LoadAccessTokensAsync(document.Id, ct) ?? [];
            var text = await ExtractAsync(document, agencyCode, tokens, ct);
            // The entry must be searchable before the document is reported Indexed.
            await index.RefreshAsync();
            await db.DocumentPages.Where(p => p.DocumentId == document.Id).ExecuteDeleteAsync(ct);
            db.DocumentPages.AddRange(text.Pages.Select(p => new DocumentPage
            {
                DocumentId = document.Id, Number = p.Number, Text = p.Text, Source = p.Source, Confidence = p.Confidence,
                Note = p.Note is null ? null : Truncate(p.Note, 500),
                UncertainWords = p.UncertainWords is { Count: > 0 } words ? Truncate(string.Join(' ', words), 4000) : null,
            }));
            document.PageCount = text.Pages.Count;
            document.PagesDone = document.PagesTotal = text.Pages.Count;
            document.SearchablePdfSha256 = text.SearchablePdf?.Sha256;
            document.Status = DocumentStatus.Indexed;
            document.FailureReason = null;
            document.IndexedAt = time.GetUtcNow();
            job.State = IngestionJobState.Done;
            job.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
            await CatchUpWithPermissionChangesAsync(document.Id, tokens, ct);
            IngestionLog.Indexed(logger, document.Id, text.Pages.Count, text.Pages.Sum(p => p.Text.Length), watch.ElapsedMilliseconds);
        }
        catch (ExtractionFailedException ex)
        {
            await FailAsync(job, document, ex.Message, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping: the job stays Running and is resumed at the next start.
        }
        catch (Exception ex)
        {
            IngestionLog.Crashed(logger, ex, job.Id, document.Id, job.Attempts);
            db.ChangeTracker.Clear();
            await db.IngestionJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, IngestionJobState.Pending)
                .SetProperty(j => j.LastError, Truncate(ex.ToString(), 2000))
                .SetProperty(j => j.UpdatedAt, time.GetUtcNow()), CancellationToken.None);
        }
    }

    /// <summary>
    /// Runs the pipeline with a progress recorder; the recorder's last write lands before the caller saves the
    /// final state, so a late progress write cannot overwrite it.
    /// </summary>
    private async Task<ExtractedText> ExtractAsync(
        Document document, string agencyCode, IReadOnlyCollection<string> tokens, CancellationToken ct)
    {
        var progress = new ExtractionProgressRecorder(scopes, document.Id, time, ct);
        using var watchdog = new ExtractionWatchdog(progress, TimeSpan.FromSeconds(Math.Max(1, options.Value.StallSeconds)), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, watchdog.Stalled);
        ExtractedText text;
        try
        {
            // Task.Run: an extractor looping before its first await would otherwise hold this thread too.
            var work = Task.Run(() => pipeline.ProcessAsync(document, agencyCode, tokens, watchdog, linked.Token), CancellationToken.None);
            try
            {
                // Only a stall abandons the extraction; on shutdown it sees the host's token itself and is awaited as before.
                text = await work.WaitAsync(watchdog.Stalled);
            }
            catch (OperationCanceledException) when (watchdog.Stalled.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                // Abandoned, not stopped: its eventual end is observed here, and its index write refused by the cancelled token.
                _ = work.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                IngestionLog.Stalled(logger, document.Id, document.ContentType, watchdog.Limit);
                throw new ExtractionFailedException(StalledReason(watchdog.Limit));
            }
        }
        finally
        {
            await progress.FlushAsync();
        }
        if (text.SearchablePdfProblem is { } problem)
        {
            IngestionLog.NoSearchablePdf(logger, document.Id, problem);
        }
        return text;
    }

    private static string StalledReason(TimeSpan limit) =>
        $"Quá {(limit.TotalMinutes >= 1 ? $"{limit.TotalMinutes:0} phút" : $"{limit.TotalSeconds:0} giây")} không đọc thêm được trang nào "
        + "của tệp này nên hệ thống đã dừng xử lý. Tệp gốc vẫn được lưu; hãy báo quản trị viên.";

    /// <summary>
    /// Permissions changed while the text was being extracted are applied now. A change made after the
    /// document was saved Indexed is re-indexed by whoever made it, so no change falls in between.
    /// </summary>
    private async Task CatchUpWithPermissionChangesAsync(Guid id, IReadOnlyCollection<string> indexedWith, CancellationToken ct)
    {
        var current = await db.LoadAccessTokensAsync(id, ct) ?? [];
        if (!current.SequenceEqual(indexedWith, StringComparer.Ordinal))
        {
            await IndexEntryBuilder.ReindexAsync(db, index, id, ct);
        }
    }

    private async Task FailAsync(IngestionJob job, Document document, string reason, CancellationToken ct)
    {
        await index.DeleteAsync(document.Id, ct);
        document.Status = DocumentStatus.Failed;
        document.FailureReason = Truncate(reason, 1000);
        job.State = IngestionJobState.Failed;
        job.LastError = document.FailureReason;
        job.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        IngestionLog.Failed(logger, document.Id, reason);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
