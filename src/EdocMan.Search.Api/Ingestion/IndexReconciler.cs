using System.Linq.Expressions;
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
/// stored page texts (no re-extraction, no OCR). The comparison is only sound once the index holds no
/// entry of a document that is not Indexed, so those are removed first (few: the unfinished and failed).
/// </remarks>
internal sealed class IndexReconciler(IServiceScopeFactory scopes, ISearchIndex index, ILogger<IndexReconciler> logger)
{
    /// <summary>
    /// "Status is any other than Indexed", with each status named: SQLite answers an inequality by reading the whole
    /// table (4 s with a cold cache at a million documents, at every start), named ones from the status index (4 ms).
    /// </summary>
    internal static readonly Expression<Func<Document, bool>> NotIndexed = AnyStatusBut(DocumentStatus.Indexed);

    private static Expression<Func<Document, bool>> AnyStatusBut(DocumentStatus excluded)
    {
        var d = Expression.Parameter(typeof(Document), "d");
        var status = Expression.Property(d, nameof(Document.Status));
        var any = Enum.GetValues<DocumentStatus>().Where(s => s != excluded)
            .Select(s => (Expression)Expression.Equal(status, Expression.Constant(s)))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<Document, bool>>(any, d);
    }

    public async Task<int> ReconcileAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        // Entries of documents that are not Indexed come first: a job cut after its entry was committed,
        // or a failure whose delete was not. Left in, they would make the counts below agree while an
        // Indexed document is missing. The cut jobs run again and re-index their documents.
        var notIndexed = await db.Documents.AsNoTracking().Where(NotIndexed).Select(d => d.Id).ToListAsync(ct);
        var stale = notIndexed.Where(index.Contains).ToList();
        foreach (var id in stale)
        {
            await index.DeleteAsync(id, ct);
        }
        if (stale.Count > 0)
        {
            await index.RefreshAsync();
        }
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
