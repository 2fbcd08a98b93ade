namespace EdocMan.Search.Core.Ingestion;

/// <summary>
/// A plugin that turns one kind of file into page texts. The <see cref="ExtractorRegistry"/> picks
/// the extractor with the highest <see cref="Score"/> for the content type sniffed from the bytes.
/// </summary>
/// <remarks>
/// Implementations MUST NOT modify the stream's source, MUST throw <see cref="ExtractionFailedException"/>
/// with a reason a clerk can read (in Vietnamese) for files they cannot read, and MUST be safe to call
/// from several worker threads at once.
/// </remarks>
public interface ITextExtractor
{
    /// <summary>Short name for logs, e.g. "pdfpig".</summary>
    string Name { get; }

    /// <summary>How well this extractor handles <paramref name="contentType"/>; 0 means not at all.</summary>
    int Score(string contentType);

    /// <summary>
    /// A quick check at upload time, before the document is accepted: is this file readable at all?
    /// Returns null when it is, or the Vietnamese reason it is not (corrupt, encrypted, empty).
    /// </summary>
    string? Preflight(Stream content);

    /// <summary>Extracts the text of every page. Text is returned raw; the pipeline normalises it.</summary>
    Task<ExtractedText> ExtractAsync(Stream content, ExtractionRequest request, CancellationToken ct);
}

/// <summary>What an extractor knows about the file besides its bytes.</summary>
public sealed record ExtractionRequest(string ContentType, string FileName)
{
    /// <summary>
    /// Told the number of pages done and the total as an extractor goes (OCR takes seconds a page), so the
    /// API can show "pages done / total"; null when nobody is watching. Called from worker threads.
    /// </summary>
    public IProgress<PageProgress>? Progress { get; init; }

    /// <summary>
    /// Handed the image of each page the extractor recognised with OCR, once recognised, so the pipeline can
    /// make a searchable PDF of a scan; null when nobody wants them. The callee copies what it keeps (to
    /// disk): the extractor may drop the bytes as soon as the call returns. Called from worker threads.
    /// </summary>
    public Action<ScannedPageImage>? ScannedPage { get; init; }
}

/// <summary>The image a page's OCR text was read from.</summary>
/// <param name="Number">1-based page number in the document.</param>
/// <param name="Image">PNG, JPEG or TIFF bytes (a whole multi-page TIFF for its frames).</param>
/// <param name="Frame">The frame of <paramref name="Image"/> that is the page (TIFF), else 0.</param>
/// <param name="Dpi">The resolution when known from elsewhere (a PDF page), else null.</param>
public sealed record ScannedPageImage(int Number, byte[] Image, int Frame = 0, int? Dpi = null);

/// <summary>How far the extraction of one document has got.</summary>
/// <param name="Done">Pages finished so far.</param>
/// <param name="Total">Pages in the document.</param>
public readonly record struct PageProgress(int Done, int Total);
