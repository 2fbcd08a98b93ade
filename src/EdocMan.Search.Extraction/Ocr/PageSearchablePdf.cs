using EdocMan.Search.Core.Ingestion;

namespace EdocMan.Search.Extraction.Ocr;

/// <summary>
/// Renders the page an engine has just recognised as a one-page searchable PDF: the scan, with the
/// recognised text laid invisibly over it (Tesseract's PDF renderer).
/// </summary>
/// <remarks>
/// <para>
/// Implementation note: <c>TessResultRendererAddImage</c> reads the engine's current results (its
/// iterator, input image and resolution); it does not recognise the page again. So the page is rendered
/// right after the extraction's own recognition, on the same engine, before the results are cleared, and
/// each page gets its own document because pages are recognised in parallel on different engines; the
/// pages are joined afterwards (<see cref="SearchablePdfBuilder.MakeAsync"/>).
/// </para>
/// <para>
/// Tesseract's renderer writes to a file whose name it derives (<c>{base}.pdf</c>); a temporary folder is
/// used and removed afterwards. It needs <c>pdf.ttf</c> (a glyphless font shipped with Tesseract) in the
/// tessdata folder; the model's folder is used when it has one, else Debian's.
/// </para>
/// </remarks>
internal static class PageSearchablePdf
{
    /// <summary>The reason given when Tesseract's renderer cannot start a PDF.</summary>
    public const string RendererFailedReason = "Không tạo được tệp PDF tìm kiếm được (thiếu pdf.ttf trong tessdata?).";

    private const string SystemTessdata = "/usr/share/tesseract-ocr/5/tessdata";

    /// <summary>The folder holding <c>pdf.ttf</c> for an engine loaded from <paramref name="tessdataPath"/>.</summary>
    public static string FontFolder(string tessdataPath) =>
        File.Exists(Path.Combine(tessdataPath, "pdf.ttf")) ? tessdataPath : SystemTessdata;

    /// <summary>Renders the page last recognised by <paramref name="api"/>; call before the engine is cleared.</summary>
    /// <exception cref="ExtractionFailedException">The renderer could not start or add the page.</exception>
    /// <exception cref="IOException">The temporary folder could not be written.</exception>
    public static byte[] Render(TessBaseApiHandle api, string tessdataPath) =>
        Write(tessdataPath, renderer => AddPage(renderer, api));

    /// <summary>
    /// Runs Tesseract's PDF renderer in a temporary folder: begins the document, lets <paramref name="addPages"/>
    /// add the pages, ends it and returns the file's bytes.
    /// </summary>
    public static byte[] Write(string tessdataPath, Action<TessRendererHandle> addPages)
    {
        var folder = Directory.CreateTempSubdirectory("edocman-searchable-");
        try
        {
            var outputBase = Path.Combine(folder.FullName, "searchable");
            using (var renderer = TesseractNative.TessPDFRendererCreate(outputBase, FontFolder(tessdataPath), 0))
            {
                if (renderer.IsInvalid || TesseractNative.TessResultRendererBeginDocument(renderer, "EdocMan") == 0)
                {
                    throw new ExtractionFailedException(RendererFailedReason);
                }
                addPages(renderer);
                TesseractNative.TessResultRendererEndDocument(renderer);
            }
            return File.ReadAllBytes(outputBase + ".pdf");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Adds the page last recognised by <paramref name="api"/> to <paramref name="renderer"/>.</summary>
    public static void AddPage(TessRendererHandle renderer, TessBaseApiHandle api)
    {
        if (TesseractNative.TessResultRendererAddImage(renderer, api) == 0)
        {
            throw new ExtractionFailedException(RendererFailedReason);
        }
    }
}
