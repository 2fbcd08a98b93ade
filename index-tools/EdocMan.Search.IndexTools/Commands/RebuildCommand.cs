using System.Diagnostics;
using System.Threading.Channels;
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
/// Re-indexes every Indexed document from the page texts in the database, in id order. A fresh rebuild
/// empties the index first, so entries of documents no longer Indexed go too. After each commit the
/// last id of the committed prefix is written to a checkpoint file, so a killed rebuild resumes there. The
/// rebuilt index is compacted into a few segments at the end.
/// </summary>
/// <remarks>
/// <para>Analysis is the cost (each page goes through three Vietnamese chains), and Lucene's writer takes
/// documents from several threads at once: one reader streams chunks of rows from the database into a short
/// queue while a thread of its own per core analyses them. Threads of their own, not the pool: a profile of
/// the pool version found 14 % of the CPU in idle pool threads spinning between rounds.</para>
/// <para>A commit flushes every buffered segment, so committing rarely (<see cref="CommitEvery"/>) lets the
/// writer flush large segments that need little merging; a kill loses at most that much work. A fresh
/// rebuild adds entries without the upsert's delete of an older one (there is none); a resumed one upserts,
/// since a kill between a commit and its checkpoint leaves committed entries after the checkpoint.</para>
/// </remarks>
internal static class RebuildCommand
{
    /// <summary>Documents per database read.</summary>
    internal const int ChunkSize = 1_000;

    /// <summary>Documents between two commits and checkpoints.</summary>
    internal const int CommitEvery = 50_000;

    public static async Task<int> RunAsync(IServiceProvider services, bool fresh, int chunkSize = ChunkSize, int commitEvery = CommitEvery)
    {
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var checkpoint = Path.Combine(storage.ResolveIndexPath(), "..", "rebuild.checkpoint");
        var index = services.GetRequiredService<ISearchIndex>();
        Guid? after = null;
        if (fresh)
        {
            // The checkpoint goes before the entries: a fresh run killed early must not resume after an old one.
            File.Delete(checkpoint);
            await index.ClearAsync();
        }
        else if (File.Exists(checkpoint))
        {
            after = Guid.Parse(await File.ReadAllTextAsync(checkpoint));
            Console.WriteLine($"resuming after {after}");
        }
        var ids = await ReadIdsAsync(services);
        var start = after is { } last ? ids.FindIndex(id => id.CompareTo(last) > 0) : 0;
        var chunks = ids.Skip(start < 0 ? ids.Count : start).Chunk(chunkSize).ToArray();
        var watch = Stopwatch.StartNew();
        var run = new RebuildRun(chunks, fresh ? index.AddNewAsync : index.UpsertAsync);
        var reader = Task.Run(() => run.ReadAsync(services));
        var workers = run.StartWorkers(Environment.ProcessorCount);
        var committed = 0;
        while (committed < chunks.Length)
        {
            var done = run.WaitForPrefix(committed, commitEvery / Math.Max(1, chunkSize));
            run.ThrowIfFailed();
            await index.CommitAsync();
            committed = done;
            await File.WriteAllTextAsync(checkpoint, chunks[committed - 1][^1].ToString());
            var documents = chunks.Take(committed).Sum(c => c.Length);
            Console.Write($"\r{documents} documents this run ({ids.Count} indexed in all), {documents / Math.Max(1, watch.Elapsed.TotalSeconds):0} docs/s   ");
        }
        await reader;
        foreach (var worker in workers)
        {
            worker.Join();
        }
        await index.CommitAsync();
        File.Delete(checkpoint);
        Console.WriteLine($"\nrebuild finished: {chunks.Sum(c => c.Length)} documents in {watch.Elapsed.TotalSeconds:0.0} s");
        // A bulk load leaves a score of segments, and each search pays per segment (CompactCommand).
        await CompactCommand.CompactAsync(index, CompactCommand.DefaultSegments, Console.Out);
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

    /// <summary>One rebuild's chunks: read in order by one task, indexed by the workers, committed as a prefix.</summary>
    private sealed class RebuildRun(Guid[][] chunks, Func<IndexDocument, CancellationToken, Task> write)
    {
        // A few chunks ahead of the workers: the reader never waits on them for long, and the memory stays small.
        private readonly Channel<(int Chunk, List<IndexDocument> Entries)> _queue =
            Channel.CreateBounded<(int, List<IndexDocument>)>(new BoundedChannelOptions(4) { SingleWriter = true });
        private readonly bool[] _done = new bool[chunks.Length];
        private readonly CancellationTokenSource _failed = new();
        private readonly object _gate = new();
        private Exception? _error;

        public async Task ReadAsync(IServiceProvider services)
        {
            try
            {
                for (var i = 0; i < chunks.Length && !_failed.IsCancellationRequested; i++)
                {
                    await using var scope = services.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
                    var entries = await IndexEntryBuilder.BuildAsync(db, chunks[i], _failed.Token);
                    await _queue.Writer.WriteAsync((i, entries), _failed.Token);
                }
                _queue.Writer.TryComplete();
            }
            catch (Exception ex)
            {
                Fail(ex);
            }
        }

        public List<Thread> StartWorkers(int count)
        {
            var threads = Enumerable.Range(0, count)
                .Select(n => new Thread(Work) { Name = $"rebuild-{n}", IsBackground = true })
                .ToList();
            threads.ForEach(t => t.Start());
            return threads;
        }

        /// <summary>
        /// Waits until the chunks from <paramref name="from"/> on are done up to at least <paramref name="atLeast"/>
        /// more (or to the end), and returns the length of the done prefix.
        /// </summary>
        public int WaitForPrefix(int from, int atLeast)
        {
            lock (_gate)
            {
                while (true)
                {
                    var prefix = from;
                    while (prefix < _done.Length && _done[prefix])
                    {
                        prefix++;
                    }
                    if (_error is not null || prefix == _done.Length || prefix - from >= Math.Max(1, atLeast))
                    {
                        return prefix;
                    }
                    Monitor.Wait(_gate);
                }
            }
        }

        public void ThrowIfFailed()
        {
            lock (_gate)
            {
                if (_error is not null)
                {
                    throw new InvalidOperationException("The rebuild stopped; the index keeps what was committed.", _error);
                }
            }
        }

        private void Work()
        {
            try
            {
                while (_queue.Reader.WaitToReadAsync(_failed.Token).AsTask().GetAwaiter().GetResult())
                {
                    while (_queue.Reader.TryRead(out var item))
                    {
                        foreach (var entry in item.Entries)
                        {
                            // The writer analyses on the calling thread, so this completes synchronously.
                            write(entry, CancellationToken.None).GetAwaiter().GetResult();
                        }
                        lock (_gate)
                        {
                            _done[item.Chunk] = true;
                            Monitor.PulseAll(_gate);
                        }
                    }
                }
            }
            catch (OperationCanceledException) when (_failed.IsCancellationRequested)
            {
                // Another thread failed first; its error is the one reported.
            }
            catch (Exception ex)
            {
                Fail(ex);
            }
        }

        private void Fail(Exception ex)
        {
            lock (_gate)
            {
                _error ??= ex;
                Monitor.PulseAll(_gate);
            }
            _failed.Cancel();
        }
    }
}
