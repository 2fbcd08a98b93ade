using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace EdocMan.Search.Indexing.Analyzers;

/// <summary>
/// The syllable analysis chain for Vietnamese text: NFC → <see cref="StandardTokenizer"/> →
/// lower case, then tone canonicalisation, ASCII folding or folded bigrams depending on the kind.
/// </summary>
/// <remarks>
/// Implementation note: there is no .NET word segmenter for Vietnamese; measured on legal text,
/// folded syllable bigrams approximate words and beat plain syllables, and no stop list helps
/// (see docs on Vietnamese search). Thread-safe: Lucene analyzers keep per-thread components.
/// </remarks>
public sealed class VietnameseAnalyzer : Analyzer
{
    internal static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Creates the chain for one field kind.</summary>
    public VietnameseAnalyzer(VietnameseTextKind kind)
        : this(kind, composeMarks: true)
    {
    }

    /// <summary>
    /// Creates the chain for one field kind; without <paramref name="composeMarks"/> it leaves out the
    /// composition of decomposed letters (<see cref="NfcCharMap"/>), half the cost of the chain, for text known to
    /// be NFC already: the page texts the index stores (<c>DocumentMapper</c> normalises them), which the
    /// snippets re-analyse.
    /// </summary>
    internal VietnameseAnalyzer(VietnameseTextKind kind, bool composeMarks)
    {
        Kind = kind;
        ComposeMarks = composeMarks;
    }

    /// <summary>The field kind this analyzer produces.</summary>
    public VietnameseTextKind Kind { get; }

    private bool ComposeMarks { get; }

    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        ComposeMarks ? new MappingCharFilter(NfcCharMap.Instance, reader) : reader;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, Chain(Kind, new FastLowerCaseFilter(source)));
    }

    /// <summary>
    /// What each kind does after tokenising and lower-casing: the one place the chains are defined, shared with
    /// the writer's replay of tokens analysed once (<see cref="SyllableTokens"/>).
    /// </summary>
    internal static TokenStream Chain(VietnameseTextKind kind, TokenStream lowercased)
    {
        switch (kind)
        {
            case VietnameseTextKind.Exact:
                return new ToneCanonicalFilter(lowercased);
            case VietnameseTextKind.Folded:
                return new ASCIIFoldingFilter(lowercased, preserveOriginal: false);
            default:
                var shingles = new ShingleFilter(new ASCIIFoldingFilter(lowercased, preserveOriginal: false), 2, 2);
                shingles.SetOutputUnigrams(false);
                return shingles;
        }
    }

    /// <inheritdoc />
    /// <remarks>Keeps phrases from matching across the title and a page, or across two pages.</remarks>
    public override int GetPositionIncrementGap(string fieldName) => 100;
}
