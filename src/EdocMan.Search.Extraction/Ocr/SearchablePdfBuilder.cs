using EdocMan.Search.Core.Ingestion;

namespace EdocMan.Search.Extraction.Ocr;

/// <summary>
/// Makes a searchable PDF of a scan: each page shows the scanned image, with the recognised text laid
/// invisibly over it (Tesseract's PDF renderer), so viewers can search and copy the scan's text.
/// </summary>
/// <remarks>
/// <para>
/// The result is a new file to keep beside the untouched original. For the pipeline's scans the pages are
/// already rendered, one PDF per page, by the extractor right after it recognised them
/// (<see cref="OcrService.RecognizePageAsync"/>); <see cref="MakeAsync"/> only joins them in page order
/// with <c>pdfunite</c> (poppler-utils), so no page is recognised twice.
/// </para>
/// <para>
/// <see cref="BuildAsync"/> is for page images nobody has recognised yet: it recognises them one after the
/// other on a single pooled engine (the renderer belongs to the engine while the document is open), each
/// within the page time limit. JPEG pages are embedded as they are; other images are re-encoded by Tesseract.
/// </para>
/// <threadsafety>Thread-safe.</threadsafety>
/// </remarks>
public sealed class SearchablePdfBuilder(OcrService ocr) : ISearchablePdfMaker
{
    /// <summary>Recognises <paramref name="pageImages"/> (PNG, JPEG or TIFF bytes, one per page) and builds their searchable PDF.</summary>
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
        return ocr.RunAsync(engine => PageSearchablePdf.Write(engine.TessdataPath, renderer =>
        {
            for (var i = 0; i < pageImages.Count; i++)
            {
                AddPage(engine, renderer, pageImages[i], i + 1, ct);
            }
        }), ct);
    }

    /// <inheritdoc />
    public int MaxPages => ocr.Limits.SearchablePdfMaxPages;

    /// <inheritdoc />
    /// <remarks>One page is returned as it is; several are joined by <c>pdfunite</c> within the tool time limit.</remarks>
    public async Task<byte[]> MakeAsync(IReadOnlyList<SpooledPagePdf> pages, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count == 0)
        {
            throw new ArgumentException("At least one page is needed.", nameof(pages));
        }
        if (pages.Count == 1)
        {
            return await File.ReadAllBytesAsync(pages[0].Path, ct).ConfigureAwait(false);
        }
        var folder = Directory.CreateTempSubdirectory("edocman-searchable-");
        try
        {
            var output = Path.Combine(folder.FullName, "searchable.pdf");
            ExternalTool.Result result;
            try
            {
                result = await ExternalTool.RunAsync("pdfunite", [.. pages.Select(p => p.Path), output],
                    TimeSpan.FromSeconds(ocr.Limits.ToolTimeoutSeconds), ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is FileNotFoundException or TimeoutException)
            {
                throw new ExtractionFailedException(JoinFailed(ex.Message), ex);
            }
            if (result.ExitCode != 0 || !File.Exists(output))
            {
                throw new ExtractionFailedException(JoinFailed($"pdfunite exit {result.ExitCode}: {result.Errors.Trim()}"));
            }
            return await File.ReadAllBytesAsync(output, ct).ConfigureAwait(false);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <inheritdoc cref="BuildAsync"/>
    public byte[] Build(IReadOnlyList<byte[]> pageImages) => BuildAsync(pageImages).GetAwaiter().GetResult();

    private static string JoinFailed(string detail) => $"Không ghép được các trang thành tệp PDF tìm kiếm được ({detail}).";

    private void AddPage(TesseractOcrEngine engine, TessRendererHandle renderer, byte[] image, int number, CancellationToken ct)
    {
        try
        {
            using var pix = OcrImageDecoder.Decode(image, 0, ocr.Limits.MaxImagePixels);
            engine.Recognize(pix, null, ocr.PageTimeout, ct, api => PageSearchablePdf.AddPage(renderer, api));
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
}
