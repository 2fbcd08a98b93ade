using EdocMan.Search.Core.Search;
using EdocMan.Search.Indexing.Analyzers;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace EdocMan.Search.Indexing;

/// <summary>
/// Builds up to <see cref="MaxSnippets"/> highlighted, HTML-escaped fragments of a hit's pages.
/// </summary>
/// <remarks>
/// Implementation note: the highlight query holds terms of the folded field and the page text is
/// re-analysed with the folded chain, whose offsets point into the original text; so "quan ly"
/// marks "quản lý" and the marked words keep their diacritics. One Highlighter per hit because
/// <see cref="QueryTermScorer"/> is stateful; analyzers are shared.
/// </remarks>
internal sealed class SnippetBuilder(IndexAnalyzers analyzers)
{
    public const int MaxSnippets = 3;
    private const int FragmentChars = 160;

    // Bound the work per hit: re-analysing the stored text is most of a search's time (about 0.3 ms per
    // 1,000 characters, ten hits a page). A scanned page holds 2,000–5,000 characters, so the page bound
    // only cuts text files stored as one huge page, and the hit bound documents of more than 20 pages or so;
    // their snippets then come from the start of each page and from the first pages.
    internal const int MaxCharsPerPage = 20_000;
    internal const int MaxCharsPerHit = 100_000;

    public IReadOnlyList<Snippet> Build(Query highlight, IReadOnlyList<IndexPage> pages)
    {
        var candidates = new List<(float Score, int Page, string Html)>();
        // Term scoring, not QueryScorer's span scoring: for a phrase (a quoted query, a document number)
        // QueryScorer builds an in-memory index of each page to find where the phrase occurs, 1–30 ms for
        // ten hits, more than the search itself. Marking every occurrence of the query's words is cheap
        // and shows the same places; the words of a phrase are still marked where the phrase occurs.
        var scorer = new QueryTermScorer(highlight, IndexSchema.TextFold);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), HtmlTextEncoder.Instance, scorer)
        {
            TextFragmenter = new SimpleFragmenter(FragmentChars),
            MaxDocCharsToAnalyze = MaxCharsPerPage,
        };
        var budget = MaxCharsPerHit;
        foreach (var page in pages)
        {
            if (budget <= 0)
            {
                break;
            }
            if (string.IsNullOrWhiteSpace(page.Text))
            {
                continue;
            }
            highlighter.MaxDocCharsToAnalyze = Math.Min(MaxCharsPerPage, budget);
            budget -= Math.Min(page.Text.Length, MaxCharsPerPage);
            var stream = analyzers.Folded.GetTokenStream(IndexSchema.TextFold, page.Text);
            var fragments = highlighter.GetBestTextFragments(stream, page.Text, false, MaxSnippets);
            foreach (var fragment in fragments)
            {
                if (fragment is not null && fragment.Score > 0)
                {
                    candidates.Add((fragment.Score, page.Number, Tidy(fragment.ToString())));
                }
            }
        }
        if (candidates.Count == 0)
        {
            return Fallback(pages);
        }
        return candidates
            .OrderByDescending(c => c.Score)
            .Take(MaxSnippets)
            .OrderBy(c => c.Page)
            .Select(c => new Snippet(c.Page, c.Html))
            .ToList();
    }

    /// <summary>The start of the first page, so a hit found by its title still shows some text.</summary>
    private static IReadOnlyList<Snippet> Fallback(IReadOnlyList<IndexPage> pages)
    {
        var first = pages.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p.Text));
        if (first is null)
        {
            return [];
        }
        var text = first.Text.Trim();
        if (text.Length > FragmentChars)
        {
            var cut = text.LastIndexOf(' ', FragmentChars);
            text = text[..(cut > FragmentChars / 2 ? cut : FragmentChars)] + "…";
        }
        return [new Snippet(first.Number, Tidy(HtmlTextEncoder.Encode(text)))];
    }

    private static string Tidy(string html) => html.Replace("\r", string.Empty).Replace('\n', ' ').Trim();
}
