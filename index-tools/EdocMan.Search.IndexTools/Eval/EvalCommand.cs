using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EdocMan.Search.IndexTools.Eval;

/// <summary>
/// <c>eval --corpus FILE --queries FILE [--queries FILE ...] [--strip-diacritics] [--json]</c>: indexes an
/// ALQAC-format corpus in three engines and prints R@1, R@10, MRR@10 and nDCG@10 per query file and engine.
/// </summary>
/// <remarks>
/// Implementation note: the three engines index the same articles and answer the same query texts
/// in one run, so their figures are comparable; nothing is written outside a temporary folder and
/// nothing of the corpus is kept. Runs without the host: no database or data folder is needed.
/// </remarks>
internal static class EvalCommand
{
    public const int Depth = 10;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter log)
    {
        if (!EvalOptions.TryParse(args, out var options, out var error))
        {
            log.WriteLine(error);
            log.WriteLine("usage: edocman-index eval --corpus FILE --queries FILE [--queries FILE ...] [--strip-diacritics] [--json]");
            return 2;
        }
        var articles = AlqacData.ReadCorpus(options.Corpus);
        var keys = articles.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var files = options.Queries
            .Select(path => (Path: path, Queries: AlqacData.ReadQueries(path, keys, out var skipped), Skipped: skipped))
            .ToList();
        log.WriteLine($"corpus {options.Corpus}: {articles.Count} articles");

        var results = new List<(string Engine, string File, MetricSummary Summary)>();
        foreach (var engine in CreateEngines())
        {
            using (engine)
            {
                var watch = Stopwatch.StartNew();
                engine.Index(articles);
                log.WriteLine($"{engine.Name}: indexed in {watch.Elapsed.TotalSeconds:0.0} s");
                foreach (var file in files)
                {
                    var runs = file.Queries
                        .Select(q => (engine.Search(options.StripDiacritics ? StripDiacritics(q.Text) : q.Text, Depth),
                            (IReadOnlyCollection<string>)q.Relevant.ToHashSet(StringComparer.Ordinal)))
                        .ToList();
                    results.Add((engine.Name, file.Path, RetrievalMetrics.Summarise(runs)));
                }
            }
        }

        if (options.Json)
        {
            foreach (var (engine, file, s) in results)
            {
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    engine, queries = file, n = s.Queries,
                    r1 = Round(s.R1), r10 = Round(s.R10), mrr10 = Round(s.Mrr10), ndcg10 = Round(s.Ndcg10),
                }));
            }
            return 0;
        }
        foreach (var file in files)
        {
            output.WriteLine();
            output.WriteLine($"{file.Path}: {file.Queries.Count} judged queries"
                + (file.Skipped > 0 ? $" ({file.Skipped} skipped: no judgment or article not in the corpus)" : string.Empty)
                + (options.StripDiacritics ? ", diacritics stripped" : string.Empty));
            output.WriteLine($"  {"engine",-16} {"n",5} {"R@1",7} {"R@10",7} {"MRR@10",7} {"nDCG@10",8}");
            foreach (var (engine, _, s) in results.Where(r => r.File == file.Path))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {engine,-16} {s.Queries,5} {s.R1,7:0.000} {s.R10,7:0.000} {s.Mrr10,7:0.000} {s.Ndcg10,8:0.000}"));
            }
        }
        return 0;
    }

    /// <summary>Removes tone marks and vowel diacritics and maps đ to d, as a user typing without diacritics would.</summary>
    public static string StripDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static IEnumerable<IRetrievalEngine> CreateEngines()
    {
        yield return new EdocmanEngine();
        yield return new LuceneStandardEngine();
        yield return new SqliteFts5Engine();
    }

    private static double Round(double value) => Math.Round(value, 4);
}

/// <summary>The command line of <see cref="EvalCommand"/>.</summary>
internal sealed record EvalOptions(string Corpus, IReadOnlyList<string> Queries, bool StripDiacritics, bool Json)
{
    public static bool TryParse(IReadOnlyList<string> args, out EvalOptions options, out string error)
    {
        string? corpus = null;
        var queries = new List<string>();
        bool strip = false, json = false;
        options = new EvalOptions(string.Empty, [], false, false);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--corpus" when i + 1 < args.Count:
                    corpus = args[++i];
                    break;
                case "--queries" when i + 1 < args.Count:
                    queries.Add(args[++i]);
                    break;
                case "--strip-diacritics":
                    strip = true;
                    break;
                case "--json":
                    json = true;
                    break;
                case "eval":
                    break;
                default:
                    error = $"unknown or incomplete argument: {args[i]}";
                    return false;
            }
        }
        error = corpus is null ? "--corpus FILE is required"
            : queries.Count == 0 ? "at least one --queries FILE is required"
            : new[] { corpus }.Concat(queries).FirstOrDefault(f => !File.Exists(f)) is { } missing ? $"file not found: {missing}"
            : string.Empty;
        if (error.Length > 0)
        {
            return false;
        }
        options = new EvalOptions(corpus!, queries, strip, json);
        return true;
    }
}
