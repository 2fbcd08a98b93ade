using System.Text;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Indexing.Analyzers;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace EdocMan.Search.Indexing;

/// <summary>
/// Builds up to <see cref="MaxSnippets"/> highlighted, HTML-escaped fragments of a hit's pages.
/// </summary>
/// <remarks>
/// <para>The highlight query holds terms of the folded field and the page text is re-analysed with the
/// folded chain (<see cref="IndexAnalyzers.FoldedStored"/>: stored text is NFC), whose offsets point into the original text; so "quan ly" marks "quản lý" and the marked
/// words keep their diacritics. Every occurrence of a query word is marked (a phrase's words too).</para>
/// <para>A fragment starts a little before a match and runs about <see cref="FragmentChars"/> characters, cut at
/// spaces; it scores the number of distinct query words in it, and the best three are shown in page order
/// (ties: the earlier). Why not Lucene's Highlighter: on the generated 5,000-character documents it cost
/// three to four times the analysis itself (token groups, a fragment object per 160 characters, string
/// building for every fragment), and ten hits a search made it most of a search's time. This builder only
/// analyses, and stops as soon as three fragments hold every query word, since nothing later can beat them.</para>
/// </remarks>
internal sealed class SnippetBuilder(IndexAnalyzers analyzers)
{
    public const int MaxSnippets = 3;
    internal const int FragmentChars = 160;

    // Context shown before the first match of a fragment.
    private const int LeadChars = 40;

    // Bound the work per hit: a scanned page holds 2,000–5,000 characters, so the page bound only cuts text
    // files stored as one huge page, and the hit bound documents of more than 20 pages or so; their snippets
    // then come from the start of each page and from the first pages.
    internal const int MaxCharsPerPage = 20_000;
    internal const int MaxCharsPerHit = 100_000;

    private static readonly char[] Spaces = [' ', '\n', '\r', '\t'];

    /// <summary>
    /// The folded query words of <paramref name="highlight"/>, each with a number; made once per search and
    /// shared by its hits (read-only).
    /// </summary>
    public static Dictionary<string, int> Words(Query highlight) =>
        QueryTermExtractor.GetTerms(highlight, false, IndexSchema.TextFold)
            .Select(t => t.Term).Distinct(StringComparer.Ordinal)
            .Select((term, i) => (term, i)).ToDictionary(x => x.term, x => x.i, StringComparer.Ordinal);

    /// <summary>The snippets of one hit's <paramref name="pages"/> for the query <paramref name="words"/> (<see cref="Words"/>).</summary>
    public IReadOnlyList<Snippet> Build(Dictionary<string, int> words, IReadOnlyList<IndexPage> pages)
    {
        var fragments = new List<Fragment>();
        var budget = MaxCharsPerHit;
        var complete = 0; // fragments holding every query word
        foreach (var page in pages)
        {
            if (budget <= 0 || complete >= MaxSnippets)
            {
                break;
            }
            if (string.IsNullOrWhiteSpace(page.Text))
            {
                continue;
            }
            var limit = Math.Min(MaxCharsPerPage, budget);
            budget -= Math.Min(page.Text.Length, MaxCharsPerPage);
            complete = AddFragments(page, Matches(page.Text, words, limit), words.Count, fragments, complete);
        }
        if (fragments.Count == 0)
        {
            return Fallback(pages);
        }
        return fragments
            .OrderByDescending(f => f.Score)
            .Take(MaxSnippets)
            .OrderBy(f => f.Page.Number)
            .ThenBy(f => f.Start)
            .Select(f => new Snippet(f.Page.Number, Render(f)))
            .ToList();
    }

    /// <summary>Offsets and word of every query word in the first <paramref name="limit"/> characters of <paramref name="text"/>.</summary>
    private List<Match> Matches(string text, Dictionary<string, int> words, int limit)
    {
        var matches = new List<Match>();
        if (words.Count == 0)
        {
            return matches;
        }
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        using var stream = analyzers.FoldedStored.GetTokenStream(IndexSchema.TextFold, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && offsets.EndOffset <= limit)
        {
            if (lookup.TryGetValue(new ReadOnlySpan<char>(term.Buffer, 0, term.Length), out var word))
            {
                matches.Add(new Match(offsets.StartOffset, offsets.EndOffset, word));
            }
        }
        stream.End();
        return matches;
    }

    /// <summary>
    /// Groups a page's matches into fragments, in text order, each holding the matches it spans; stops once
    /// <see cref="MaxSnippets"/> fragments hold every query word. Returns how many do.
    /// </summary>
    private static int AddFragments(IndexPage page, List<Match> matches, int wordCount, List<Fragment> fragments, int complete)
    {
        var text = page.Text;
        var i = 0;
        while (i < matches.Count)
        {
            var start = FragmentStart(text, matches[i].Start);
            var first = i;
            var seen = new HashSet<int>();
            while (i < matches.Count && (i == first || matches[i].End <= start + FragmentChars))
            {
                seen.Add(matches[i].Word);
                i++;
            }
            var end = FragmentEnd(text, start, matches[i - 1].End);
            fragments.Add(new Fragment(page, start, end, matches.GetRange(first, i - first), seen.Count));
            if (seen.Count == wordCount && ++complete >= MaxSnippets)
            {
                break;
            }
        }
        return complete;
    }

    private static int FragmentStart(string text, int matchStart)
    {
        var from = matchStart - LeadChars;
        if (from <= 0)
        {
            return 0;
        }
        var space = text.IndexOfAny(Spaces, from, matchStart - from);
        return space < 0 ? matchStart : space + 1;
    }

    private static int FragmentEnd(string text, int start, int lastMatchEnd)
    {
        var to = Math.Max(lastMatchEnd, Math.Min(text.Length, start + FragmentChars));
        if (to >= text.Length)
        {
            return text.Length;
        }
        var space = text.LastIndexOfAny(Spaces, to - 1, to - lastMatchEnd);
        return space < 0 ? to : space;
    }

    private static string Render(Fragment fragment)
    {
        var text = fragment.Page.Text;
        var html = new StringBuilder(fragment.End - fragment.Start + 13 * fragment.Matches.Count);
        var at = fragment.Start;
        foreach (var match in fragment.Matches)
        {
            HtmlTextEncoder.Append(html, text.AsSpan(at, match.Start - at));
            html.Append("<mark>");
            HtmlTextEncoder.Append(html, text.AsSpan(match.Start, match.End - match.Start));
            html.Append("</mark>");
            at = match.End;
        }
        HtmlTextEncoder.Append(html, text.AsSpan(at, fragment.End - at));
        return Tidy(html.ToString());
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

    private readonly record struct Match(int Start, int End, int Word);

    private sealed record Fragment(IndexPage Page, int Start, int End, List<Match> Matches, int Score);
}
