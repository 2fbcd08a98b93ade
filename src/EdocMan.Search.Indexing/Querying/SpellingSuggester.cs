using System.Text.RegularExpressions;
using EdocMan.Search.Indexing.Analyzers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EdocMan.Search.Indexing.Querying;

/// <summary>
/// "Có phải bạn muốn tìm…": replaces each query word that no document contains by the closest
/// indexed word (folded, at most two edits; one for short words), preferring the smaller edit
/// distance and then the more frequent word.
/// </summary>
/// <remarks>
/// Implementation note: the candidates come from the whole index's terms, so the caller must run
/// the corrected query under the user's permission filter and offer it only if it finds something:
/// otherwise a suggestion could reveal a word of a document the user may not see.
/// </remarks>
internal sealed class SpellingSuggester(IndexAnalyzers analyzers)
{
    private const int MaxCandidates = 50;

    /// <summary>The corrected text, or <c>null</c> when no word needs (or has) a correction.</summary>
    public string? Correct(IndexSearcher searcher, string text)
    {
        var parsed = UserQueryParser.Parse(text);
        if (parsed.Words.Count == 0 || parsed.Numbers.Count > 0)
        {
            return null;
        }
        var corrected = text.Length > UserQueryParser.MaxInputLength ? text[..UserQueryParser.MaxInputLength] : text;
        var changed = false;
        foreach (var word in parsed.Words.Distinct(StringComparer.Ordinal))
        {
            var folded = TokenLists.Analyze(analyzers.Folded, IndexSchema.TextFold, word, 2);
            if (folded.Count != 1 || folded[0].Length < 3 || folded[0].All(char.IsDigit)
                || searcher.IndexReader.DocFreq(new Term(IndexSchema.TextFold, folded[0])) > 0)
            {
                continue;
            }
            if (Closest(searcher, folded[0]) is { } best)
            {
                var pattern = new Regex(@"(?<!\S)" + Regex.Escape(word) + @"(?!\S)", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
                corrected = pattern.Replace(corrected, best.Replace("$", "$$", StringComparison.Ordinal), 1);
                changed = true;
            }
        }
        return changed ? corrected : null;
    }

    private static string? Closest(IndexSearcher searcher, string term)
    {
        var maxEdits = term.Length <= 4 ? 1 : 2;
        var fuzzy = new FuzzyQuery(new Term(IndexSchema.TextFold, term), maxEdits, 0, MaxCandidates, true);
        // One rewrite step lists the nearest indexed terms, each boosted by its similarity (a full
        // IndexSearcher.Rewrite would collapse a single candidate into a bare TermQuery).
        var rewritten = fuzzy.Rewrite(searcher.IndexReader);
        var candidates = rewritten is BooleanQuery many ? many.Clauses.Select(c => c.Query) : [rewritten];
        return candidates
            .OfType<TermQuery>()
            .Select(q => (q.Term.Text, q.Boost, Freq: searcher.IndexReader.DocFreq(q.Term)))
            .Where(c => c.Text != term)
            .OrderByDescending(c => c.Boost)
            .ThenByDescending(c => c.Freq)
            .Select(c => c.Text)
            .FirstOrDefault();
    }
}
