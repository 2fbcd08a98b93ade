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
    /// Handed, for each page the extractor recognised with OCR, that page as a one-page searchable PDF rendered
    /// from the same recognition (the scan with its text laid invisibly over it), so the pipeline can join a
    /// scan's pages without recognising them again; null when nobody wants them. Extractors skip the rendering
    /// for documents longer than <see cref="Options.ExtractionOptions.SearchablePdfMaxPages"/>. The callee
    /// copies what it keeps (to disk): the extractor may drop the bytes as soon as the call returns. Called
    /// from worker threads.
    /// </summary>
    public Action<ScannedPagePdf>? ScannedPage { get; init; }
}

/// <summary>One OCR'd page as a one-page searchable PDF, or why it could not be rendered.</summary>
/// <param name="Number">1-based page number in the document.</param>
/// <param name="Pdf">The one-page PDF; null when rendering it failed.</param>
/// <param name="Problem">Why <paramref name="Pdf"/> is null (for the log, without the page number); else null.</param>
public sealed record ScannedPagePdf(int Number, byte[]? Pdf, string? Problem = null);

/// <summary>How far the extraction of one document has got.</summary>
/// <param name="Done">Pages finished so far.</param>
/// <param name="Total">Pages in the document.</param>
public readonly record struct PageProgress(int Done, int Total);
