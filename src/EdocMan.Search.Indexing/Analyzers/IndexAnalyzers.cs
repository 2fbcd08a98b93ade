using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace EdocMan.Search.Indexing.Analyzers;

/// <summary>
/// The analyzers of one index: a chain per text field, and the per-field wrapper used by the writer.
/// </summary>
/// <remarks>Thread-safe (analyzers keep per-thread components); the owner disposes it once.</remarks>
internal sealed class IndexAnalyzers : IDisposable
{
    public IndexAnalyzers()
    {
        var fields = new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            [IndexSchema.Text] = Exact,
            [IndexSchema.TextFold] = Folded,
            [IndexSchema.TitleFold] = Folded,
            [IndexSchema.IssuerFold] = Folded,
            [IndexSchema.SignerFold] = Folded,
            [IndexSchema.TextFold2] = FoldedBigrams,
            [IndexSchema.DocNo] = DocNo,
        };
        PerField = new PerFieldAnalyzerWrapper(Exact, fields);
    }

    public VietnameseAnalyzer Exact { get; } = new(VietnameseTextKind.Exact);

    public VietnameseAnalyzer Folded { get; } = new(VietnameseTextKind.Folded);

    public VietnameseAnalyzer FoldedBigrams { get; } = new(VietnameseTextKind.FoldedBigrams);

    /// <summary>The folded chain for text stored NFC (the snippets' page texts); see <see cref="VietnameseAnalyzer"/>.</summary>
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
        DocNo.Dispose();
    }
}
