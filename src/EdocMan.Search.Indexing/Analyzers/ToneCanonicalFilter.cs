using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace EdocMan.Search.Indexing.Analyzers;

/// <summary>
/// Moves the tone mark of a syllable-final "oa", "oe" or "uy" onto the second vowel, so the old
/// ("hòa", "khỏe", "thủy") and new ("hoà", "khoẻ", "thuỷ") placements index as the same term.
/// </summary>
/// <remarks>
/// Implementation note: both placements are valid NFC and legal documents mix them, so Unicode
/// normalisation does not help. Only open syllables are touched ("hoàng" has one placement), and
/// "qu" is a consonant, so "quý" is left alone. Expects lower-cased input.
/// </remarks>
public sealed class ToneCanonicalFilter : TokenFilter
{
    // Same tone order in every row: grave, acute, hook above, tilde, dot below.
    private const string ToneO = "òóỏõọ";
    private const string ToneU = "ùúủũụ";
    private const string ToneA = "àáảãạ";
    private const string ToneE = "èéẻẽẹ";
    private const string ToneY = "ỳýỷỹỵ";

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
    internal static bool Canonicalize(char[] buffer, int length)
    {
        if (length < 2)
        {
            return false;
        }
        var first = buffer[length - 2];
        var last = buffer[length - 1];
        int tone;
        string targets;
        if ((tone = ToneO.IndexOf(first)) >= 0 && (last == 'a' || last == 'e'))
        {
            targets = last == 'a' ? ToneA : ToneE;
            buffer[length - 2] = 'o';
        }
        else if ((tone = ToneU.IndexOf(first)) >= 0 && last == 'y' && !(length >= 3 && buffer[length - 3] == 'q'))
        {
            targets = ToneY;
            buffer[length - 2] = 'u';
        }
        else
        {
            return false;
        }
        buffer[length - 1] = targets[tone];
        return true;
    }
}
