using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace EdocMan.Search.Indexing.Analyzers;

/// <summary>
/// The analyzers of one index: a chain per text field, and the per-field wrapper used by the writer.
/// </summary>
/// <remarks>Thread-safe (analyzers keep per-thread components); the owner disposes it once.</remarks>
internal sealed class IndexAnalyzers : IDisposable
{
    public IndexAnalyzers()
    {
        // The writer gets the three text fields as token streams (DocumentMapper, SyllableTokens); for them it
        // takes only the position gap from here. The metadata fields it analyses itself, without composition:
        // DocumentMapper hands it NFC text only, so the char filter changed nothing there and cost half of the
        // analysis (scratch timing). Queries keep it: what a user types may be decomposed.
        var fields = new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            [IndexSchema.Text] = Exact,
            [IndexSchema.TextFold] = FoldedStored,
            [IndexSchema.TitleFold] = FoldedStored,
            [IndexSchema.IssuerFold] = FoldedStored,
            [IndexSchema.SignerFold] = FoldedStored,
            [IndexSchema.TextFold2] = FoldedBigrams,
            [IndexSchema.DocNo] = DocNo,
        };
        PerField = new PerFieldAnalyzerWrapper(Exact, fields);
    }

    public VietnameseAnalyzer Exact { get; } = new(VietnameseTextKind.Exact);

    public VietnameseAnalyzer Folded { get; } = new(VietnameseTextKind.Folded);

    public VietnameseAnalyzer FoldedBigrams { get; } = new(VietnameseTextKind.FoldedBigrams);

    /// <summary>Tokenizer and lower case only, no composition: the first half of every chain, for <see cref="SyllableTokens"/>.</summary>
    public Analyzer Syllables { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(VietnameseAnalyzer.Version, reader);
        return new TokenStreamComponents(source, new FastLowerCaseFilter(source));
    });

    /// <summary>The folded chain for text known to be NFC: what the writer indexes, and the stored page texts the snippets re-analyse.</summary>
    public VietnameseAnalyzer FoldedStored { get; } = new(VietnameseTextKind.Folded, composeMarks: false);

    public DocumentNumberAnalyzer DocNo { get; } = new();

    /// <summary>Routes each field of <see cref="IndexSchema"/> to its chain; for the index writer.</summary>
    public Analyzer PerField { get; }

    public void Dispose()
    {
        PerField.Dispose();
        Exact.Dispose();
        Folded.Dispose();
        FoldedBigrams.Dispose();
        FoldedStored.Dispose();
        Syllables.Dispose();
        DocNo.Dispose();
    }
}
