using EdocMan.Search.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace EdocMan.Search.Indexing.Analyzers;

/// <summary>
/// Moves the tone mark of a syllable-final "oa", "oe" or "uy" onto the second vowel, so the old
/// ("hòa", "khỏe", "thủy") and new ("hoà", "khoẻ", "thuỷ") placements index as the same term.
/// </summary>
/// <remarks>
/// Implementation note: the rule lives in <see cref="VietnameseTone"/> so ingestion, the lexicon
/// and the index agree. Both placements are valid NFC and legal documents mix them, so Unicode
/// normalisation does not help. Only open syllables are touched ("hoàng" has one placement), and
/// "qu" is a consonant, so "quý" is left alone. Expects lower-cased input.
/// </remarks>
public sealed class ToneCanonicalFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    /// <summary>Wraps <paramref name="input"/>, which must already be lower-cased.</summary>
    public ToneCanonicalFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        Canonicalize(_term.Buffer, _term.Length);
        return true;
    }

    /// <summary>Rewrites the last two characters in place when they are an old-style "òa/òe/ùy".</summary>
    internal static bool Canonicalize(char[] buffer, int length) => VietnameseTone.Canonicalize(buffer.AsSpan(0, length));
}
