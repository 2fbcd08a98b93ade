using System.Diagnostics;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using EdocMan.Search.Data.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.IndexTools.Backup;

/// <summary>
/// Makes the index hold exactly the documents the database says are Indexed: the missing ones are
/// re-indexed from their stored page texts, the others removed. Needs the index writer: not while the
/// server runs on the same data folder.
/// </summary>
internal static class IndexReconciliation
{
    public sealed record Result(int Copied, int Added, int Removed, double Seconds);

    public static async Task<Result> RunAsync(IServiceProvider services, string indexPath, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        // Read before the writer opens: the ids of the committed index as restored.
        var inIndex = IndexFolder.ReadIds(indexPath).ToHashSet();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var indexed = (await db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Indexed).Select(d => d.Id).ToListAsync(ct)).ToHashSet();
        var index = services.GetRequiredService<ISearchIndex>();
        var missing = indexed.Where(id => !inIndex.Contains(id)).Order().ToList();
        foreach (var chunk in missing.Chunk(500))
        {
            foreach (var entry in await IndexEntryBuilder.BuildAsync(db, chunk, ct))
            {
                await index.UpsertAsync(entry, ct);
            }
        }
        var extra = inIndex.Where(id => !indexed.Contains(id)).ToList();
        foreach (var id in extra)
        {
            await index.DeleteAsync(id, ct);
        }
        await index.CommitAsync();
        await index.RefreshAsync();
        return new Result(inIndex.Count, missing.Count, extra.Count, watch.Elapsed.TotalSeconds);
    }
}
