namespace EdocMan.Search.Core.Ingestion;

/// <summary>
/// Makes a PDF that shows scanned pages with their recognised text laid invisibly over them, so a viewer
/// can search and copy a scan's text. The pages come rendered by the extractor from its own recognition (see
/// <see cref="ExtractionRequest.ScannedPage"/>); the maker only joins them (Extraction project).
/// </summary>
/// <threadsafety>Implementations must be thread-safe.</threadsafety>
public interface ISearchablePdfMaker
{
    /// <summary>Longest scan (pages) worth making a searchable PDF of; 0 when turned off.</summary>
    int MaxPages { get; }

    /// <summary>Joins the one-page PDFs of <paramref name="pages"/> into one PDF, in the order given.</summary>
    /// <exception cref="ExtractionFailedException">The pages cannot be joined.</exception>
    Task<byte[]> MakeAsync(IReadOnlyList<SpooledPagePdf> pages, CancellationToken ct);
}
