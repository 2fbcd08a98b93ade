using EdocMan.Search.IndexTools.Bench;
using EdocMan.Search.Testing;

namespace EdocMan.Search.IndexTools.Tests.Bench;

/// <summary><c>bench-search</c> end to end on a small corpus: the report it prints, and a second run reusing the peer's table.</summary>
public sealed class BenchSearchCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_run_reports_every_category_against_the_peer_and_a_second_run_reuses_the_peer_table()
    {
        string[] args = ["bench-search", "--docs", "150", "--runs", "1", "--warm-up", "0", "--clients", "1", "--no-http", "--skip-rebuild", "--data", _data.Path, "--samples", Samples.Directory];

        var first = new StringWriter();
        Assert.Equal(0, await BenchSearchCommand.RunAsync(args, first));
        var second = new StringWriter();
        Assert.Equal(0, await BenchSearchCommand.RunAsync([.. args, "--reuse-peer"], second));

        foreach (var category in new[] { "1-word", "2-word", "3-word", "phrase", "no-diacritics", "number", "filtered", "all" })
        {
            Assert.Contains($"| {category} | ", second.ToString(), StringComparison.Ordinal);
        }
        Assert.Matches(@"FTS5 load of the same corpus \(contentless table on disk\) \| \d+\.\d s", first.ToString());
        Assert.Contains("reused (--reuse-peer)", second.ToString(), StringComparison.Ordinal);
        Assert.Contains("| sqlite-fts5 | 1 |", second.ToString(), StringComparison.Ordinal);
    }
}
