namespace EdocMan.Search.Core.Documents;

/// <summary>The normalised text of one page of a document, and where it came from.</summary>
public sealed class DocumentPage
{
    public Guid DocumentId { get; set; }

    /// <summary>1-based page number.</summary>
    public int Number { get; set; }

    public required string Text { get; set; }

    public TextSource Source { get; set; }

    /// <summary>Mean OCR confidence (0–100) for OCR'd pages.</summary>
    public int? Confidence { get; set; }

    /// <summary>Why the page's text is missing or partial (timed out, image too large), for the clerk.</summary>
    public string? Note { get; set; }

    /// <summary>
    /// Words OCR recognised with low confidence, separated by single spaces (a word has none), for review.
    /// </summary>
    public string? UncertainWords { get; set; }
}
