using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EdocMan.Search.Indexing.Querying;

/// <summary>
/// The one-edit variants of a word (Lucene's <see cref="FuzzyQuery"/>) that are misspellings rather than
/// other words: a variant far rarer than the word (an OCR error in a document: "truomg" beside "truong"),
/// or a word far rarer than its variant (a typo in the query), or both rare. The word itself is left out:
/// its own clause already matches it.
/// </summary>
/// <remarks>
/// Why: a short Vietnamese syllable is one edit away from several common ones ("truong", "thuong", "tuong",
/// "trung"). A plain fuzzy query matched them all, so a search for "trường" walked the posting lists of
/// half the corpus and ranked documents about "thương" too. Keeping the variants whose document counts
/// differ tenfold keeps what the fallback is for, at a cost bounded by the word's own list.
/// </remarks>
internal sealed class RareVariantQuery(Term term, int maxExpansions) : Query
{
    /// <summary>A variant and its word are treated as different words when neither is this many times rarer.</summary>
    internal const int RarityRatio = 10;

    /// <summary>Variants of words this rare are kept whatever their ratio: walking their lists costs nothing.</summary>
    internal const int CheapDocuments = 1_000;

    public Term Term { get; } = term;

    public int MaxExpansions { get; } = maxExpansions;

    /// <inheritdoc />
    public override Query Rewrite(IndexReader reader)
    {
        var fuzzy = new FuzzyQuery(Term, 1, 1, MaxExpansions, true) { Boost = Boost };
        if (fuzzy.Rewrite(reader) is not BooleanQuery expansions)
        {
            return new BooleanQuery();
        }
        var own = reader.DocFreq(Term);
        var kept = new BooleanQuery(disableCoord: true);
        foreach (var clause in expansions.Clauses)
        {
            var variant = (clause.Query as ConstantScoreQuery)?.Query is TermQuery c ? c.Term : (clause.Query as TermQuery)?.Term;
            if (variant is not null && !variant.Equals(Term) && IsMisspelling(reader.DocFreq(variant), own))
            {
                kept.Add(clause);
            }
        }
        return kept;
    }

    /// <summary>Whether a variant in <paramref name="variantDocs"/> documents is a misspelling of a word in <paramref name="wordDocs"/>, or the word one of it.</summary>
    internal static bool IsMisspelling(int variantDocs, int wordDocs) =>
        (long)variantDocs * RarityRatio <= wordDocs
        || (long)wordDocs * RarityRatio <= variantDocs
        || Math.Max(variantDocs, wordDocs) <= CheapDocuments;

    /// <inheritdoc />
    public override string ToString(string field) =>
        string.Create(CultureInfo.InvariantCulture, $"rare~({(Term.Field == field ? Term.Text : Term.ToString())})^{Boost}");

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is RareVariantQuery other && Term.Equals(other.Term) && MaxExpansions == other.MaxExpansions && base.Equals(obj);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Term, MaxExpansions);
}
