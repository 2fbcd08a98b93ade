using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Data.Indexing;

/// <summary>
/// Rebuilds index entries from the database (stored page texts, current permissions) without
/// re-extracting anything: after a crash, and whenever a document's permissions change.
/// </summary>
public static class IndexEntryBuilder
{
    /// <summary>The entries of those <paramref name="ids"/> that are Indexed in the database.</summary>
    public static async Task<List<IndexDocument>> BuildAsync(EdocManDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var entries = new List<IndexDocument>(ids.Count);
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code, ct);
        foreach (var chunk in ids.Distinct().Chunk(200))
        {
            var documents = await db.Documents.AsNoTracking()
                .Where(d => chunk.Contains(d.Id) && d.Status == DocumentStatus.Indexed)
                .ToListAsync(ct);
            var pages = (await db.DocumentPages.AsNoTracking().Where(p => chunk.Contains(p.DocumentId)).ToListAsync(ct))
                .ToLookup(p => p.DocumentId);
            var tokens = await db.LoadAccessTokensAsync(chunk, ct);
            foreach (var d in documents)
            {
                var extracted = pages[d.Id].OrderBy(p => p.Number)
                    .Select(p => new ExtractedPage(p.Number, p.Text, p.Source, p.Confidence));
                entries.Add(IngestionPipeline.ToIndexDocument(d, agencies[d.AgencyId], tokens[d.Id], extracted));
            }
        }
        return entries;
    }

    /// <summary>
    /// Re-indexes one document with its current permissions and makes the change visible at once, so
    /// a withdrawn share stops showing in search as soon as the request that withdrew it returns.
    /// A document not yet Indexed needs nothing: the ingestion worker reads the permissions itself.
    /// </summary>
    public static async Task ReindexAsync(EdocManDbContext db, ISearchIndex index, Guid id, CancellationToken ct)
    {
        foreach (var entry in await BuildAsync(db, [id], ct))
        {
            await index.UpsertAsync(entry, ct);
        }
        await index.RefreshAsync();
    }
}
