namespace EdocMan.Search.Core.Options;

/// <summary>
/// Limits that keep one bad or hostile file from exhausting the server. Bound from the "Extraction" section.
/// </summary>
/// <remarks>
/// A file over a limit fails with a Vietnamese reason instead of being half-processed; the limits are
/// generous for real agency paperwork (a thick archive file is a few hundred pages).
/// </remarks>
public sealed class ExtractionOptions
{
    /// <summary>Most pages a document may have (PDF pages, TIFF frames).</summary>
    public int MaxPages { get; set; } = 2_000;

    /// <summary>
    /// Most pixels one image may decode to (width × height), checked from the image header before it is
    /// decoded: a few-KiB PNG can claim 100,000 × 100,000 pixels (a decompression bomb). The default,
    /// 100 megapixels, is an A3 page at 600 dpi with room to spare.
    /// </summary>
    public long MaxImagePixels { get; set; } = 100_000_000;

    /// <summary>
    /// Most bytes the content streams of one PDF page may inflate to before they are parsed. A page of text
    /// is tens of KB, a detailed drawing a few MB; a small file that inflates to 32 MB of operators took
    /// 90 s of CPU to parse. Over the limit the document fails with a Vietnamese reason; 0 turns it off.
    /// </summary>
    public long MaxPageContentBytes { get; set; } = 16L << 20;

    /// <summary>Longest time an external converter (pdftoppm, catdoc) may run for one file or page.</summary>
    public int ToolTimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// Longest scan (pages) for which a searchable PDF is made beside the original; 0 turns it off. Each
    /// page's one-page PDF (the scan itself plus its text) is spooled to disk until the pages are joined, so
    /// very long scans are left as they are (their text is still extracted and indexed).
    /// </summary>
    public int SearchablePdfMaxPages { get; set; } = 30;
}
