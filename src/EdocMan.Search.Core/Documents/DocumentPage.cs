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
}
