namespace EdocMan.Search.Core.Options;

/// <summary>OCR settings. Bound from the "Ocr" section.</summary>
public sealed class OcrOptions
{
    /// <summary>
    /// Folders searched, in order, for <c>vie.traineddata</c>: the project's <c>tessdata/</c> first,
    /// then Debian's system path.
    /// </summary>
    public List<string> TessdataPaths { get; set; } = ["tessdata", "/usr/share/tesseract-ocr/5/tessdata"];

    /// <summary>Tesseract language string.</summary>
    public string Languages { get; set; } = "vie+eng";

    /// <summary>OCR worker threads; each owns one engine. Default: the number of cores.</summary>
    public int Workers { get; set; } = Environment.ProcessorCount;

    /// <summary>Longest time one page may take before it is given up.</summary>
    public int PageTimeoutSeconds { get; set; } = 120;

    /// <summary>
    /// Turn pages scanned sideways or upside down upright with Tesseract's orientation detection.
    /// Needs <c>osd.traineddata</c> (Debian package tesseract-ocr-osd) beside the model; skipped without it.
    /// </summary>
    public bool DetectOrientation { get; set; } = true;
}
