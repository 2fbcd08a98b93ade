namespace EdocMan.Search.Printing;

/// <summary>How <see cref="TextPdfRenderer"/> lays out a document.</summary>
/// <remarks>The defaults follow the Vietnamese administrative-document format (Nghị định 30/2020/NĐ-CP): A4, 12–14 pt serif type.</remarks>
public sealed record PdfRenderOptions
{
    /// <summary>The options used when none are given.</summary>
    public static PdfRenderOptions Default { get; } = new();

    /// <summary>Font size in points. Must be between 6 and 36.</summary>
    public double FontSize { get; init; } = 13;

    /// <summary>Distance between baselines as a multiple of the font's own line height.</summary>
    public double LineSpacing { get; init; } = 1.15;

    /// <summary>Page margins in millimetres.</summary>
    public PageMargins Margins { get; init; } = PageMargins.Standard;

    /// <summary>The document title stored in the PDF metadata (not drawn on the page); null for none.</summary>
    public string? Title { get; init; }

    /// <summary>The author stored in the PDF metadata; null for none.</summary>
    public string? Author { get; init; }

    /// <summary>
    /// Draw lines written entirely in capitals ("QUYẾT ĐỊNH", "ỦY BAN NHÂN DÂN") in bold, centred unless
    /// they start with a section number ("I. MỤC ĐÍCH").
    /// </summary>
    public bool BoldCapitalHeadings { get; init; } = true;
}
