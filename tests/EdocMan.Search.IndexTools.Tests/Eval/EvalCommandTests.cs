using System.Text.Json;
using EdocMan.Search.IndexTools.Eval;

namespace EdocMan.Search.IndexTools.Tests.Eval;

/// <summary>The whole command on a four-article corpus: three engines, both query formats.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly AlqacFixture _files = new();

    public void Dispose() => _files.Dispose();

    private (int Exit, string Output, string Log) Run(params string[] args)
    {
        var output = new StringWriter();
        var log = new StringWriter();
        var exit = EvalCommand.Run(["eval", .. args], output, log);
        return (exit, output.ToString(), log.ToString());
    }

    [Fact]
    public void Json_output_has_one_line_per_engine_and_query_file()
    {
        var (exit, output, _) = Run("--corpus", _files.Corpus, "--queries", _files.NewQueries, "--queries", _files.V1Queries, "--json");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(6, lines.Count);
        Assert.Equal(["edocman", "lucene-standard", "sqlite-fts5"], lines.Select(l => l.GetProperty("engine").GetString()).Distinct());
        foreach (var line in lines)
        {
            Assert.Equal(["engine", "queries", "n", "r1", "r10", "mrr10", "ndcg10"], line.EnumerateObject().Select(p => p.Name));
        }
        var edocman = lines.Where(l => l.GetProperty("engine").GetString() == "edocman").ToList();
        Assert.Equal(_files.NewQueries, edocman[0].GetProperty("queries").GetString());
        Assert.Equal(2, edocman[0].GetProperty("n").GetInt32());
        Assert.Equal(1, edocman[1].GetProperty("n").GetInt32());
        // The document number query finds its article first.
        Assert.Equal(1.0, edocman[1].GetProperty("mrr10").GetDouble());
        Assert.Equal(1.0, edocman[0].GetProperty("r10").GetDouble());
    }

    [Fact]
    public void The_table_names_each_file_engine_and_metric()
    {
        var (exit, output, log) = Run("--corpus", _files.Corpus, "--queries", _files.NewQueries, "--strip-diacritics");

        Assert.Equal(0, exit);
        Assert.Contains("2 judged queries (1 skipped", output, StringComparison.Ordinal);
        Assert.Contains("diacritics stripped", output, StringComparison.Ordinal);
        Assert.Contains("MRR@10", output, StringComparison.Ordinal);
        Assert.Contains("sqlite-fts5", output, StringComparison.Ordinal);
        Assert.Contains("4 articles", log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("--corpus", "missing.json", "--queries", "missing.json")]
    [InlineData("--queries")]
    [InlineData("--what")]
    public void Bad_arguments_exit_2_with_usage(params string[] args)
    {
        var (exit, _, log) = Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("usage:", log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hợp đồng lữ hành", "Hop dong lu hanh")]
    [InlineData("Đơn thư ĐỀ NGHỊ", "Don thu DE NGHI")]
    public void Stripping_diacritics_folds_d_with_stroke_too(string text, string expected) =>
        Assert.Equal(expected, EvalCommand.StripDiacritics(text));
}
