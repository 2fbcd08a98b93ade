namespace EdocMan.Search.Core.Ingestion;

/// <summary>
/// Makes a PDF that shows scanned pages with their recognised text laid invisibly over them, so a viewer
/// can search and copy a scan's text. Implemented with Tesseract's PDF renderer in the Extraction project.
/// </summary>
/// <threadsafety>Implementations must be thread-safe.</threadsafety>
public interface ISearchablePdfMaker
{
    /// <summary>Longest scan (pages) worth making a searchable PDF of; 0 when turned off.</summary>
    int MaxPages { get; }

    /// <summary>Builds the PDF of <paramref name="pages"/>, in order, reading each page's file only when it is added.</summary>
    /// <exception cref="ExtractionFailedException">A page cannot be read or recognised in time.</exception>
    Task<byte[]> MakeAsync(IReadOnlyList<SpooledPageImage> pages, CancellationToken ct);
}
