using System.Diagnostics;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using EdocMan.Search.Data.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.IndexTools.Commands;

/// <summary>
/// Re-indexes every Indexed document from the page texts in the database, in id order and in
/// batches. After each committed batch the last id is written to a checkpoint file, so a killed
/// rebuild resumes from there.
/// </summary>
internal static class RebuildCommand
{
    private const int BatchSize = 500;

    public static async Task<int> RunAsync(IServiceProvider services, bool fresh)
    {
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var checkpoint = Path.Combine(storage.ResolveIndexPath(), "..", "rebuild.checkpoint");
        Guid? after = !fresh && File.Exists(checkpoint) ? Guid.Parse(await File.ReadAllTextAsync(checkpoint)) : null;
        if (after is not null)
        {
            Console.WriteLine($"resuming after {after}");
        }
        var index = services.GetRequiredService<ISearchIndex>();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var done = 0;
        var watch = Stopwatch.StartNew();
        // Ids in memory (16 bytes each: 16 MB for a million) give one stable order to resume in.
        var ids = await db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Indexed).Select(d => d.Id).ToListAsync();
        ids.Sort();
        var start = after is { } last ? ids.FindIndex(id => id.CompareTo(last) > 0) : 0;
        foreach (var chunk in ids.Skip(start < 0 ? ids.Count : start).Chunk(BatchSize))
        {
            foreach (var entry in await IndexEntryBuilder.BuildAsync(db, chunk, CancellationToken.None))
            {
                await index.UpsertAsync(entry, CancellationToken.None);
            }
            await index.CommitAsync();
            await File.WriteAllTextAsync(checkpoint, chunk[^1].ToString());
            done += chunk.Length;
            Console.Write($"\r{done} documents this run ({ids.Count} indexed in all), {done / Math.Max(1, watch.Elapsed.TotalSeconds):0} docs/s   ");
        }
        File.Delete(checkpoint);
        Console.WriteLine($"\nrebuild finished: {done} documents in {watch.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
