using System.Text.Json;

namespace EdocMan.Search.IndexTools.Eval;

/// <summary>One article of an ALQAC corpus; <see cref="Key"/> is "law id#article id".</summary>
internal sealed record Article(string LawId, string ArticleId, string Text)
{
    public string Key => ArticleKey(LawId, ArticleId);

    public static string ArticleKey(string lawId, string articleId) => lawId.Trim() + "#" + articleId.Trim();
}

/// <summary>One judged query: its text and the keys of the relevant articles.</summary>
internal sealed record JudgedQuery(string Id, string Text, IReadOnlyList<string> Relevant);

/// <summary>
/// Readers of the ALQAC 2023 formats: corpora (<c>legal_passages.json</c>, <c>law.json</c>:
/// <c>[{id, articles:[{id, text}]}]</c>) and query files in both forms, <c>statement</c> +
/// <c>legal_passages</c> (2023 new data) and <c>text</c> + <c>relevant_articles</c> (v1).
/// </summary>
internal static class AlqacData
{
    public static IReadOnlyList<Article> ReadCorpus(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var articles = new List<Article>();
        foreach (var law in json.RootElement.EnumerateArray())
        {
            var lawId = law.GetProperty("id").GetString() ?? string.Empty;
            foreach (var article in law.GetProperty("articles").EnumerateArray())
            {
                articles.Add(new Article(lawId, IdOf(article.GetProperty("id")), article.GetProperty("text").GetString() ?? string.Empty));
            }
        }
        return articles;
    }

    /// <summary>
    /// The judged queries of <paramref name="path"/>. <paramref name="skipped"/> counts queries left out
    /// because they have no judgment or a relevant article that the corpus lacks (v1's "Hiến pháp").
    /// </summary>
    public static IReadOnlyList<JudgedQuery> ReadQueries(string path, IReadOnlySet<string> corpusKeys, out int skipped)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var queries = new List<JudgedQuery>();
        skipped = 0;
        var n = 0;
        foreach (var item in json.RootElement.EnumerateArray())
        {
            n++;
            var text = Str(item, "statement") ?? Str(item, "text");
            var id = Str(item, "example_id") ?? Str(item, "question_id") ?? n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var judged = item.TryGetProperty("legal_passages", out var lp) ? lp
                : item.TryGetProperty("relevant_articles", out var ra) ? ra : default;
            var relevant = judged.ValueKind == JsonValueKind.Array
                ? judged.EnumerateArray()
                    .Select(r => Article.ArticleKey(Str(r, "law_id") ?? string.Empty, IdOf(r.GetProperty("article_id"))))
                    .Distinct(StringComparer.Ordinal)
                    .ToList()
                : [];
            if (string.IsNullOrWhiteSpace(text) || relevant.Count == 0 || relevant.Any(k => !corpusKeys.Contains(k)))
            {
                skipped++;
                continue;
            }
            queries.Add(new JudgedQuery(id, text, relevant));
        }
        return queries;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    // Article ids are strings in the data, but a hand-made file may write numbers.
    private static string IdOf(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetRawText() : e.GetString() ?? string.Empty;
}
