using System.Diagnostics;
using System.Globalization;

namespace EdocMan.Search.IndexTools.Bench;

/// <summary>The latencies of one engine under one number of concurrent clients.</summary>
internal sealed record LatencyResult(string Engine, int Clients, IReadOnlyList<(string Category, double Milliseconds)> Samples, TimeSpan Wall)
{
    public double P(double percent, string? category = null) =>
        Percentiles.Of(Samples.Where(s => category is null || s.Category == category).Select(s => s.Milliseconds).ToList(), percent);

    public double QueriesPerSecond => Samples.Count / Math.Max(1e-9, Wall.TotalSeconds);

    /// <summary>Bytes the whole process allocated during the timed queries (a server in the process included).</summary>
    public long AllocatedBytes { get; init; }

    /// <summary>Garbage collections of generations 0, 1 and 2 during the timed queries.</summary>
    public (int Gen0, int Gen1, int Gen2) Collections { get; init; }

    /// <summary>"allocated KB per query; collections gen0/gen1/gen2", the report's memory column.</summary>
    public string MemoryColumn => string.Create(CultureInfo.InvariantCulture,
        $"{AllocatedBytes / 1024.0 / Math.Max(1, Samples.Count):0} KB; {Collections.Gen0}/{Collections.Gen1}/{Collections.Gen2}");
}

/// <summary>
/// Runs a query mix <c>runs</c> times over <c>clients</c> concurrent workers and records each query's
/// latency. The work is a fixed, shuffled list handed out through a shared counter, so the run is
/// bounded whatever the concurrency.
/// </summary>
internal static class LatencyRun
{
    private const int WarmUpPasses = 3;

    /// <summary>The least time the untimed passes take before the timed ones start, unless <c>--warm-up SECONDS</c> says otherwise.</summary>
    internal static readonly TimeSpan DefaultWarmUp = TimeSpan.FromSeconds(15);

    /// <summary>The warm-up time the arguments ask for (<c>--warm-up SECONDS</c>), or <see cref="DefaultWarmUp"/>.</summary>
    public static TimeSpan WarmUp(string[] args) => TimeSpan.FromSeconds(ToolArgs.Int(args, "--warm-up", (int)DefaultWarmUp.TotalSeconds));

    public static async Task<LatencyResult> RunAsync(
        string engine, IReadOnlyList<BenchQuery> mix, int runs, int clients, TimeSpan warmUp, Func<BenchQuery, Task> search)
    {
        // Untimed passes warm the JIT, the caches and the searcher: at least three, and for at least warmUp. With one,
        // the first engine timed in a run still paid tiered compilation (its p50 came out above the same engine's
        // with facets timed next, at 20k documents on a loaded machine). Three were not enough for the server, whose
        // first row after a start ran 13.5 ms at p50 against 10 ms for the same queries rows later, at a million
        // documents: the request path's methods wait longer for their optimised code (dynamic PGO; with
        // DOTNET_TieredCompilation=0 every row ran 13.5 ms).
        var warming = Stopwatch.StartNew();
        for (var pass = 0; pass < WarmUpPasses || warming.Elapsed < warmUp; pass++)
        {
            foreach (var query in mix)
            {
                await search(query);
            }
        }
        var shuffle = new Random(42);
        var work = Enumerable.Range(0, runs).SelectMany(_ => mix).OrderBy(_ => shuffle.Next()).ToArray();
        var samples = new (string, double)[work.Length];
        var next = -1;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        (int Gen0, int Gen1, int Gen2) Collections() => (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var before = Collections();
        var wall = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < work.Length)
            {
                var start = Stopwatch.GetTimestamp();
                await search(work[i]);
                samples[i] = (work[i].Category, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }));
        await Task.WhenAll(workers);
        wall.Stop();
        var after = Collections();
        return new LatencyResult(engine, clients, samples, wall.Elapsed)
        {
            AllocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated,
            Collections = (after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2),
        };
    }
}
