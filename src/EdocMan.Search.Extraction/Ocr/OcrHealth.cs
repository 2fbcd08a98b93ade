namespace EdocMan.Search.Extraction.Ocr;

/// <summary>Whether OCR can run on this machine, as <see cref="OcrProbe"/> found it.</summary>
/// <param name="LibraryLoaded">libtesseract.so.5 (and its dependencies) could be loaded.</param>
/// <param name="Version">The Tesseract version when loaded, e.g. "5.3.0".</param>
/// <param name="TessdataPath">The first configured folder holding <c>vie.traineddata</c>, or null.</param>
/// <param name="SearchedPaths">Every folder looked at, as absolute paths, in order.</param>
/// <param name="OpenMpThreadLimit">OMP_THREAD_LIMIT as native code sees it ("1" is expected).</param>
/// <param name="Problem">Null when healthy; otherwise what is wrong and how to fix it, in Vietnamese.</param>
public sealed record OcrHealth(
    bool LibraryLoaded,
    string? Version,
    string? TessdataPath,
    IReadOnlyList<string> SearchedPaths,
    string? OpenMpThreadLimit,
    string? Problem)
{
    /// <summary>True when images can be recognised.</summary>
    public bool IsHealthy => Problem is null;
}
