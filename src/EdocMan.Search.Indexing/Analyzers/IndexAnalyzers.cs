using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace EdocMan.Search.Indexing.Analyzers;

/// <summary>
/// The analyzers of one index: a chain per text field, and the per-field wrapper used by the writer.
/// </summary>
/// <remarks>Thread-safe (analyzers keep per-thread components); the owner disposes it once.</remarks>
internal sealed class IndexAnalyzers : IDisposable
{
    // The writer's chains leave out the composition of decomposed letters: DocumentMapper hands the writer NFC
    // text only, so the char filter changed nothing there and cost half of the analysis (scratch timing).
    // Queries keep it: what a user types may be decomposed.
    private readonly VietnameseAnalyzer _exactStored = new(VietnameseTextKind.Exact, composeMarks: false);
    private readonly VietnameseAnalyzer _foldedBigramsStored = new(VietnameseTextKind.FoldedBigrams, composeMarks: false);

    public IndexAnalyzers()
    {
        var fields = new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            [IndexSchema.Text] = _exactStored,
            [IndexSchema.TextFold] = FoldedStored,
            [IndexSchema.TitleFold] = FoldedStored,
            [IndexSchema.IssuerFold] = FoldedStored,
            [IndexSchema.SignerFold] = FoldedStored,
            [IndexSchema.TextFold2] = _foldedBigramsStored,
            [IndexSchema.DocNo] = DocNo,
        };
        PerField = new PerFieldAnalyzerWrapper(_exactStored, fields);
    }

    public VietnameseAnalyzer Exact { get; } = new(VietnameseTextKind.Exact);

    public VietnameseAnalyzer Folded { get; } = new(VietnameseTextKind.Folded);

    public VietnameseAnalyzer FoldedBigrams { get; } = new(VietnameseTextKind.FoldedBigrams);

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
        _exactStored.Dispose();
        _foldedBigramsStored.Dispose();
        DocNo.Dispose();
    }
}
