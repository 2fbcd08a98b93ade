using EdocMan.Search.Core.Ingestion;

namespace EdocMan.Search.Extraction.Ocr;

/// <summary>
/// Makes a searchable PDF from scanned page images: each page shows the image, with the recognised text
/// laid invisibly over it (Tesseract's PDF renderer), so viewers can search and copy the scan's text.
/// </summary>
/// <remarks>
/// <para>
/// The result is a new file to keep beside the untouched original. The pages are recognised one after the
/// other on a single pooled engine (the renderer belongs to the engine while the document is open), so a
/// long scan takes one worker slot for its whole duration; each page still has the page time limit.
/// JPEG pages are embedded as they are; other images are re-encoded by Tesseract.
/// </para>
/// <para>
/// Tesseract's renderer writes to a file whose name it derives (<c>{base}.pdf</c>); a temporary folder is
/// used and removed afterwards. It needs <c>pdf.ttf</c> (a glyphless font shipped with Tesseract) in the
/// tessdata folder; the model's folder is used when it has one, else Debian's.
/// </para>
/// <threadsafety>Thread-safe.</threadsafety>
/// </remarks>
public sealed class SearchablePdfBuilder(OcrService ocr) : ISearchablePdfMaker
{
    private const string SystemTessdata = "/usr/share/tesseract-ocr/5/tessdata";

    /// <summary>Builds the searchable PDF of <paramref name="pageImages"/> (PNG, JPEG or TIFF bytes, one per page).</summary>
    /// <exception cref="ExtractionFailedException">
    /// An image cannot be decoded or is too large, a page timed out, or Tesseract is not installed;
    /// the message is the Vietnamese reason.
    /// </exception>
    public Task<byte[]> BuildAsync(IReadOnlyList<byte[]> pageImages, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(pageImages);
        if (pageImages.Count == 0)
        {
            throw new ArgumentException("At least one page image is needed.", nameof(pageImages));
        }
        return ocr.RunAsync(engine => Build(engine, [.. pageImages.Select(i => new PageSource(() => i, 0, null))], ct), ct);
    }

    /// <inheritdoc />
    public int MaxPages => ocr.Limits.SearchablePdfMaxPages;

    /// <inheritdoc />
    /// <remarks>Each page's file is read just before the page is added, so one image is in memory at a time.</remarks>
    public Task<byte[]> MakeAsync(IReadOnlyList<SpooledPageImage> pages, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count == 0)
        {
            throw new ArgumentException("At least one page image is needed.", nameof(pages));
        }
        var sources = pages.Select(p => new PageSource(() => File.ReadAllBytes(p.Path), p.Frame, p.Dpi)).ToList();
        return ocr.RunAsync(engine => Build(engine, sources, ct), ct);
    }

    /// <inheritdoc cref="BuildAsync"/>
    public byte[] Build(IReadOnlyList<byte[]> pageImages) => BuildAsync(pageImages).GetAwaiter().GetResult();

    private byte[] Build(TesseractOcrEngine engine, IReadOnlyList<PageSource> pageImages, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("edocman-searchable-");
        try
        {
            var outputBase = Path.Combine(folder.FullName, "searchable");
            var fontFolder = File.Exists(Path.Combine(engine.TessdataPath, "pdf.ttf")) ? engine.TessdataPath : SystemTessdata;
            using (var renderer = TesseractNative.TessPDFRendererCreate(outputBase, fontFolder, 0))
            {
                if (renderer.IsInvalid || TesseractNative.TessResultRendererBeginDocument(renderer, "EdocMan") == 0)
                {
                    throw new ExtractionFailedException("Không tạo được tệp PDF tìm kiếm được (thiếu pdf.ttf trong tessdata?).");
                }
                for (var i = 0; i < pageImages.Count; i++)
                {
                    AddPage(engine, renderer, pageImages[i], i + 1, ct);
                }
                TesseractNative.TessResultRendererEndDocument(renderer);
            }
            return File.ReadAllBytes(outputBase + ".pdf");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private void AddPage(TesseractOcrEngine engine, TessRendererHandle renderer, PageSource page, int number, CancellationToken ct)
    {
        try
        {
            using var pix = OcrImageDecoder.Decode(page.Load(), page.Frame, ocr.Limits.MaxImagePixels);
            engine.Recognize(pix, page.Dpi, ocr.PageTimeout, ct, renderer);
        }
        catch (InvalidDataException ex)
        {
            throw new ExtractionFailedException($"Trang {number}: {ImageOcrExtractor.UnreadableImageReason}", ex);
        }
        catch (ImageTooLargeException ex)
        {
            throw new ExtractionFailedException($"Trang {number}: {ex.Reason}", ex);
        }
        catch (TimeoutException ex)
        {
            throw new ExtractionFailedException(ExtractionLimits.PageTimedOut(number, ocr.PageTimeout), ex);
        }
    }

    /// <summary>One page to add: its image bytes, loaded when needed, the frame and the resolution if known.</summary>
    private sealed record PageSource(Func<byte[]> Load, int Frame, int? Dpi);
}
