using System.Diagnostics;

namespace EdocMan.Search.IndexTools.Bench;

/// <summary>The latencies of one engine under one number of concurrent clients.</summary>
internal sealed record LatencyResult(string Engine, int Clients, IReadOnlyList<(string Category, double Milliseconds)> Samples, TimeSpan Wall)
{
    public double P(double percent, string? category = null) =>
        Percentiles.Of(Samples.Where(s => category is null || s.Category == category).Select(s => s.Milliseconds).ToList(), percent);

    public double QueriesPerSecond => Samples.Count / Math.Max(1e-9, Wall.TotalSeconds);
}

/// <summary>
/// Runs a query mix <c>runs</c> times over <c>clients</c> concurrent workers and records each query's
/// latency. The work is a fixed, shuffled list handed out through a shared counter, so the run is
/// bounded whatever the concurrency.
/// </summary>
internal static class LatencyRun
{
    private const int WarmUpPasses = 3;

    public static async Task<LatencyResult> RunAsync(
        string engine, IReadOnlyList<BenchQuery> mix, int runs, int clients, Func<BenchQuery, Task> search)
    {
        // Untimed passes warm the JIT, the caches and the searcher. Three, not one: with one, the first engine
        // timed in a run still paid tiered compilation (its p50 came out above the same engine's with facets
        // timed next, at 20k documents on a loaded machine).
        for (var pass = 0; pass < WarmUpPasses; pass++)
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
        return new LatencyResult(engine, clients, samples, wall.Elapsed);
    }
}
