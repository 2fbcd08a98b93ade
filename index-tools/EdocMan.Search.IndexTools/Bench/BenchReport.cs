using System.Globalization;

namespace EdocMan.Search.IndexTools.Bench;

/// <summary>Prints the benchmark's figures as Markdown tables, ready for <c>docs/benchmarks.md</c>.</summary>
internal static class BenchReport
{
    private static readonly string[] Categories = ["1-word", "2-word", "3-word", "phrase", "no-diacritics", "number", "filtered"];

    /// <summary>The indexing table, printed as soon as the corpus is indexed so a long run shows it early.</summary>
    public static void WriteIndexing(TextWriter output, IndexingFigures indexing)
    {
        var c = CultureInfo.InvariantCulture;
        var seconds = Math.Max(1e-9, indexing.Elapsed.TotalSeconds);
        output.WriteLine();
        if (indexing.Documents == 0)
        {
            // A reused data folder (--data): nothing was generated, so there is no throughput to report.
            output.WriteLine(string.Create(c, $"| Indexing | data folder reused: {indexing.IndexedInAll:N0} documents already there, none generated; index size {indexing.IndexBytes / 1e6:0.0} MB |"));
            output.WriteLine("|---|---|");
        }
        else
        {
            output.WriteLine("| Indexing (generate: compose + database + originals + index) | Value |");
            output.WriteLine("|---|---|");
            output.WriteLine(string.Create(c, $"| documents | {indexing.Documents:N0} |"));
            output.WriteLine(string.Create(c, $"| time | {indexing.Elapsed.TotalSeconds:0.0} s ({indexing.Phases}; the rest is composing text) |"));
            output.WriteLine(string.Create(c, $"| documents/s | {indexing.Documents / seconds:0} |"));
            output.WriteLine(string.Create(c, $"| text (UTF-8) | {indexing.TextBytes / 1e6:0.0} MB, {indexing.TextBytes / 1e6 / seconds * 3600:0} MB/h |"));
            output.WriteLine(string.Create(c, $"| index size | {indexing.IndexBytes / 1e6:0.0} MB ({(double)indexing.IndexBytes / Math.Max(1, indexing.TextBytes):0.00}× the text) |"));
            output.WriteLine(string.Create(c, $"| peak RSS after indexing | {indexing.PeakRssBytes / 1048576.0:0} MiB |"));
        }
        output.WriteLine();
        output.Flush();
    }

    /// <summary>A latency table on its own (the HTTP phase).</summary>
    public static void WriteLatency(TextWriter output, string title, IReadOnlyList<LatencyResult> results, int queriesPerRun)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine(string.Create(c, $"{title}, ms ({queriesPerRun} queries per client count, top 10 with highlights):"));
        output.WriteLine();
        WriteLatencyRows(output, results);
        output.WriteLine($"load average at the end: {BenchMachine.LoadAverage()}");
    }

    /// <summary>The rebuild, FTS5 load and latency tables.</summary>
    public static void WriteSearch(
        TextWriter output, IndexingFigures indexing, TimeSpan? rebuild, long rebuildPeakRss, long rebuiltIndexBytes, TimeSpan? ftsLoad, long ftsBytes,
        IReadOnlyList<LatencyResult> results, LatencyResult peer, int queriesPerRun)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine("| Rebuild and peer load | Value |");
        output.WriteLine("|---|---|");
        output.WriteLine(rebuild is { } took
            ? string.Create(c, $"| full rebuild from the database (rebuild --fresh) | {took.TotalSeconds:0.0} s ({indexing.IndexedInAll / Math.Max(1e-9, took.TotalSeconds):0} docs/s) |")
            : "| full rebuild from the database | skipped (--skip-rebuild) |");
        output.WriteLine(string.Create(c, $"| peak RSS after the rebuild | {rebuildPeakRss / 1048576.0:0} MiB |"));
        output.WriteLine(string.Create(c, $"| index size after the rebuild | {rebuiltIndexBytes / 1e6:0.0} MB |"));
        output.WriteLine(string.Create(c, $"| SQLite FTS5 load of the same corpus (contentless table on disk) | {(ftsLoad is { } load ? $"{load.TotalSeconds:0.0} s" : "reused (--reuse-peer)")}, {ftsBytes / 1e6:0.0} MB |"));
        output.WriteLine(string.Create(c, $"| peak RSS at the end | {BenchMachine.PeakRssBytes() / 1048576.0:0} MiB |"));
        output.WriteLine();
        output.WriteLine(string.Create(c, $"Search latency, ms ({queriesPerRun} queries per client count, top 10; edocman with permission filter and highlights):"));
        output.WriteLine();
        WriteLatencyRows(output, [.. results, peer]);
        var single = results.FirstOrDefault(r => r.Clients == 1);
        if (single is not null)
        {
            output.WriteLine();
            output.WriteLine("| Category (1 client) | edocman p50 | edocman p95 | FTS5 p50 | FTS5 p95 | edocman speed-up at p50 (FTS5 ms ÷ edocman ms) |");
            output.WriteLine("|---|---|---|---|---|---|");
            foreach (var category in Categories.Append("all"))
            {
                var key = category == "all" ? null : category;
                output.WriteLine(string.Create(c,
                    $"| {category} | {single.P(50, key):0.00} | {single.P(95, key):0.00} | {peer.P(50, key):0.00} | {peer.P(95, key):0.00} | {peer.P(50, key) / single.P(50, key):0.00}× |"));
            }
        }
        output.WriteLine();
        output.WriteLine($"load average at the end: {BenchMachine.LoadAverage()}");
    }

    private static void WriteLatencyRows(TextWriter output, IEnumerable<LatencyResult> results)
    {
        output.WriteLine("| Engine | Clients | p50 | p95 | p99 | queries/s | allocated per query; GCs gen0/1/2 |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Engine} | {r.Clients} | {r.P(50):0.00} | {r.P(95):0.00} | {r.P(99):0.00} | {r.QueriesPerSecond:0} | {r.MemoryColumn} |"));
        }
    }
}
