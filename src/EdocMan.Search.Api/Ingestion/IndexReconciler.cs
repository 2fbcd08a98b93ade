using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using EdocMan.Search.Data.Indexing;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Ingestion;

/// <summary>
/// Brings the index back in line with the database after a crash.
/// </summary>
/// <remarks>
/// Implementation note: the index commits in batches, so a crash can lose its last few seconds of
/// writes while the database already says Indexed. At start-up the counts are compared (cheap); only
/// when they differ is every indexed document checked, and the missing ones are re-indexed from their
/// stored page texts (no re-extraction, no OCR).
/// </remarks>
internal sealed class IndexReconciler(IServiceScopeFactory scopes, ISearchIndex index, ILogger<IndexReconciler> logger)
{
    public async Task<int> ReconcileAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var indexedInDb = await db.Documents.CountAsync(d => d.Status == DocumentStatus.Indexed, ct);
        if (indexedInDb == index.GetStats().DocumentCount)
        {
            return 0;
        }

        var missing = new List<Guid>();
        await foreach (var id in db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Indexed)
                           .Select(d => d.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!index.Contains(id))
            {
                missing.Add(id);
            }
        }
        if (missing.Count == 0)
        {
            return 0;
        }
        IngestionLog.Reconciling(logger, missing.Count);
        foreach (var chunk in missing.Chunk(200))
        {
            foreach (var entry in await IndexEntryBuilder.BuildAsync(db, chunk, ct))
            {
                await index.UpsertAsync(entry, ct);
            }
        }
        await index.CommitAsync();
        await index.RefreshAsync();
        return missing.Count;
    }
}
