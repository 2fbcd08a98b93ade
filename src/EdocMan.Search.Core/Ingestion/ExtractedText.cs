using EdocMan.Search.Core.Documents;

namespace EdocMan.Search.Core.Ingestion;

/// <summary>The text of a document, page by page, as an extractor produced it.</summary>
public sealed record ExtractedText(IReadOnlyList<ExtractedPage> Pages)
{
    public string FullText => string.Join("\n\n", Pages.Select(p => p.Text));

    /// <summary>The searchable PDF made of a scan by the pipeline, stored beside the original; else null.</summary>
    public StoredOriginal? SearchablePdf { get; init; }

    /// <summary>Why a searchable PDF was wanted but could not be made (for the log); else null.</summary>
    public string? SearchablePdfProblem { get; init; }
}

/// <summary>One page's text. <paramref name="Number"/> is 1-based.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Text">The page's text, raw (the pipeline normalises it).</param>
/// <param name="Source">How the text was obtained.</param>
/// <param name="Confidence">For OCR'd pages, Tesseract's mean word confidence (0–100); otherwise null.</param>
/// <param name="Note">
/// Why the page's text is missing or partial (a page that timed out, an image over the size limit), in
/// Vietnamese for the clerk; null when the page was read normally.
/// </param>
/// <param name="UncertainWords">
/// For OCR'd pages, the words recognised with low confidence, in reading order, for a clerk to check;
/// null for text layers.
/// </param>
public sealed record ExtractedPage(
    int Number, string Text, TextSource Source, int? Confidence = null, string? Note = null,
    IReadOnlyList<string>? UncertainWords = null)
{
    /// <summary>Value equality, the word lists compared by content (a record would compare the list references).</summary>
    public bool Equals(ExtractedPage? other) =>
        other is not null && Number == other.Number && Text == other.Text && Source == other.Source
        && Confidence == other.Confidence && Note == other.Note
        && (UncertainWords ?? []).SequenceEqual(other.UncertainWords ?? []);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, Text, Source, Confidence, Note);
}
