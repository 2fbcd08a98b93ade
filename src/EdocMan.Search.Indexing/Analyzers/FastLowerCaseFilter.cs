using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace EdocMan.Search.Indexing.Analyzers;

/// <summary>
/// Lower-cases tokens exactly as Lucene's <c>LowerCaseFilter</c> does, from a table for the letters Vietnamese
/// text is written in (Basic Latin to Latin Extended-B, and Latin Extended Additional), and through Lucene's
/// own code for any other character.
/// </summary>
/// <remarks>
/// Why: Lucene.Net lower-cases through the culture-aware span API, which calls ICU for every non-ASCII token;
/// in a search profile that was a tenth of the time (snippets re-analyse the hits' pages), and every indexed
/// token pays it too. The table is built from the same invariant lower-casing, so the terms are the same
/// (a test compares both filters over every character of the table).
/// </remarks>
internal sealed class FastLowerCaseFilter : TokenFilter
{
    private const char LatinEnd = '\u0250';
    private const char ExtendedAdditionalStart = '\u1E00';
    private const char ExtendedAdditionalEnd = '\u1F00';

    private static readonly char[] Latin = Table('\0', LatinEnd);
    private static readonly char[] ExtendedAdditional = Table(ExtendedAdditionalStart, ExtendedAdditionalEnd);

    private readonly CharacterUtils _fallback = CharacterUtils.GetInstance(VietnameseAnalyzer.Version);
    private readonly ICharTermAttribute _term;

    public FastLowerCaseFilter(TokenStream input)
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
        var buffer = _term.Buffer;
        var length = _term.Length;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c < LatinEnd)
            {
                buffer[i] = Latin[c];
            }
            else if (c is >= ExtendedAdditionalStart and < ExtendedAdditionalEnd)
            {
                buffer[i] = ExtendedAdditional[c - ExtendedAdditionalStart];
            }
            else
            {
                // Anything else (other scripts, surrogate pairs): Lucene's own code for the rest of the token.
                _fallback.ToLower(buffer, i, length - i);
                break;
            }
        }
        return true;
    }

    private static char[] Table(char start, char end)
    {
        var chars = new char[end - start];
        for (var c = start; c < end; c++)
        {
            chars[c - start] = c;
        }
        CharacterUtils.GetInstance(VietnameseAnalyzer.Version).ToLower(chars, 0, chars.Length);
        return chars;
    }
}
