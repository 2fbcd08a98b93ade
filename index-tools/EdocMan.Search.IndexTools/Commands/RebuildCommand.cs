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
/// rounds. After each committed round the last id is written to a checkpoint file, so a killed
/// rebuild resumes from there.
/// </summary>
/// <remarks>
/// Analysis is the cost (each page goes through three Vietnamese chains), and Lucene's writer takes
/// documents from several threads at once, so every core analyses while the database read of the
/// next round runs beside them. A commit per round rather than per few hundred documents keeps the
/// fsyncs and small segments of a million-document rebuild down; a kill loses at most one round.
/// </remarks>
internal static class RebuildCommand
{
    /// <summary>Documents per commit and checkpoint.</summary>
    internal const int RoundSize = 5_000;

    public static async Task<int> RunAsync(IServiceProvider services, bool fresh, int roundSize = RoundSize)
    {
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var checkpoint = Path.Combine(storage.ResolveIndexPath(), "..", "rebuild.checkpoint");
        Guid? after = !fresh && File.Exists(checkpoint) ? Guid.Parse(await File.ReadAllTextAsync(checkpoint)) : null;
        if (after is not null)
        {
            Console.WriteLine($"resuming after {after}");
        }
        var index = services.GetRequiredService<ISearchIndex>();
        var ids = await ReadIdsAsync(services);
        var start = after is { } last ? ids.FindIndex(id => id.CompareTo(last) > 0) : 0;
        var rounds = ids.Skip(start < 0 ? ids.Count : start).Chunk(roundSize).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var done = 0;
        var watch = Stopwatch.StartNew();
        var next = rounds.Count > 0 ? ReadRoundAsync(services, rounds[0]) : null;
        for (var r = 0; r < rounds.Count; r++)
        {
            var entries = await next!;
            next = r + 1 < rounds.Count ? ReadRoundAsync(services, rounds[r + 1]) : null;
            // UpsertAsync completes synchronously (the writer analyses on the calling thread).
            Parallel.ForEach(entries, parallel, entry => index.UpsertAsync(entry, CancellationToken.None).GetAwaiter().GetResult());
            await index.CommitAsync();
            await File.WriteAllTextAsync(checkpoint, rounds[r][^1].ToString());
            done += rounds[r].Length;
            Console.Write($"\r{done} documents this run ({ids.Count} indexed in all), {done / Math.Max(1, watch.Elapsed.TotalSeconds):0} docs/s   ");
        }
        File.Delete(checkpoint);
        Console.WriteLine($"\nrebuild finished: {done} documents in {watch.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    // Ids in memory (16 bytes each: 16 MB for a million) give one stable order to resume in.
    private static async Task<List<Guid>> ReadIdsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var ids = await db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Indexed).Select(d => d.Id).ToListAsync();
        ids.Sort();
        return ids;
    }

    // A scope of its own: it runs while the previous round is being indexed, and a DbContext serves one caller.
    // SQLite reads complete synchronously, hence Task.Run to really overlap them with the indexing.
    private static Task<List<IndexDocument>> ReadRoundAsync(IServiceProvider services, Guid[] round) => Task.Run(async () =>
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        return await IndexEntryBuilder.BuildAsync(db, round, CancellationToken.None);
    });
}
