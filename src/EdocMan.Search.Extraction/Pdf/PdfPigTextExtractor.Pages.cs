using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Extraction.Ocr;
using UglyToad.PdfPig;

namespace EdocMan.Search.Extraction.Pdf;

// The page loop: text layer where it is usable, OCR where it is not.
public sealed partial class PdfPigTextExtractor
{
    private async Task<ExtractedText> ExtractAsync(SeekableContent view, ExtractionRequest request, CancellationToken ct)
    {
        using var document = Open(view);
        var count = CountPages(document, view);
        var pages = new ExtractedPage[count];
        var done = 0;
        void PageDone() => request.Progress?.Report(new PageProgress(Interlocked.Increment(ref done), count));
        request.Progress?.Report(new PageProgress(0, count)); // the total is known before the first page is read

        using var renderer = new PdfPageRenderer(() => SeekableContent.ReadAllBytes(view.Stream),
            TimeSpan.FromSeconds(_limits.ToolTimeoutSeconds), _limits.MaxImagePixels);
        // PdfPig's document is read by this thread only; OCR of up to two pages per worker runs meanwhile.
        var inFlight = new List<Task>();
        var ahead = 2 * (ocr?.Workers ?? 1);
        var scanned = 0;
        // A document longer than the searchable PDF limit gets none, and neither does one with a text layer
        // page (found as the pages are read): their pages are not rendered.
        var scannedPage = count <= _limits.SearchablePdfMaxPages ? request.ScannedPage : null;
        try
        {
            for (var number = 1; number <= count; number++)
            {
                ct.ThrowIfCancellationRequested();
                var page = ReadPage(document, number, out var layer);
                if (ocr is null || !NeedsOcr(page, layer))
                {
                    scannedPage = null;
                    pages[number - 1] = new ExtractedPage(number, layer, TextSource.TextLayer);
                    PageDone();
                    continue;
                }
                scanned++;
                var scan = PdfPageScan.For(page, _limits.MaxImagePixels);
                if (scan.Image is null)
                {
                    renderer.Prepare(); // copies the file on this thread: PdfPig is reading the same stream
                }
                var (n, width, height, handTo) = (number, page.Width, page.Height, scannedPage);
                inFlight.Add(Task.Run(async () =>
                {
                    pages[n - 1] = await RecognizePageAsync(ocr, renderer, n, width, height, scan, layer, handTo, ct).ConfigureAwait(false);
                    PageDone();
                }, ct));
                if (inFlight.Count >= ahead)
                {
                    await Task.WhenAll(inFlight).ConfigureAwait(false);
                    inFlight.Clear();
                }
            }
            await Task.WhenAll(inFlight).ConfigureAwait(false);
        }
        catch (Exception) when (inFlight.Any(t => !t.IsCompleted))
        {
            // A page PdfPig cannot read ends the document; let the pages being OCR'd finish first,
            // since they use the renderer's temporary file.
            await DrainAsync(inFlight).ConfigureAwait(false);
            throw;
        }

        if (scanned > 0)
        {
            ExtractionLog.PagesOcred(_logger, request.FileName, scanned, count);
        }
        if (count == scanned && pages.All(p => p.Text.Length == 0))
        {
            throw new ExtractionFailedException(ExtractionLimits.NothingRead(pages));
        }
        return new ExtractedText(pages);
    }

    private static async Task DrainAsync(List<Task> tasks)
    {
        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Observed and dropped: the failure that stopped the loop is the one reported.
        }
    }

    private static bool NeedsOcr(UglyToad.PdfPig.Content.Page page, string layer) =>
        PdfPageScan.HasScanImage(page) && !TextLayerJudge.IsUsableOverImage(layer);

    private static async Task<ExtractedPage> RecognizePageAsync(OcrService ocr, PdfPageRenderer renderer,
        int number, double width, double height, PdfPageScan scan, string layer, Action<ScannedPagePdf>? scanned,
        CancellationToken ct)
    {
        // A short Vietnamese layer over a scan is a signature stamp: kept after the OCR'd text.
        // A layer that does not read as Vietnamese is a scanner's stripped OCR: dropped.
        var keptLayer = TextLayerJudge.ReadsAsVietnamese(layer) ? layer : string.Empty;
        string? note;
        try
        {
            var (image, dpi) = scan.Image is { } bytes
                ? (bytes, scan.Dpi)
                : (await RenderAsync(renderer, number, width, height, ct).ConfigureAwait(false));
            var (result, pdf, problem) = await ocr.RecognizePageAsync(image, 0, dpi, scanned is not null, ct).ConfigureAwait(false);
            // Blank pages too (a scan's empty back side): the searchable PDF must have every page.
            scanned?.Invoke(new ScannedPagePdf(number, pdf, problem));
            var text = keptLayer.Length == 0 ? result.Text : result.Text.TrimEnd() + "\n\n" + keptLayer;
            return new ExtractedPage(number, text, TextSource.Ocr, result.MeanConfidence,
                result.Text.Length == 0 ? ExtractionLimits.NoTextOnPage(number) : null, result.UncertainWords);
        }
        catch (TimeoutException)
        {
            note = ExtractionLimits.PageTimedOut(number, ocr.PageTimeout);
        }
        catch (ImageTooLargeException ex)
        {
            note = $"Trang {number}: {ex.Reason}";
        }
        catch (Exception ex) when (ex is InvalidDataException or FileNotFoundException)
        {
            note = $"Trang {number}: không đọc được ảnh quét của trang nên không nhận dạng được chữ.";
        }
        return new ExtractedPage(number, keptLayer, TextSource.Ocr, 0, note);
    }

    private static async Task<(byte[], int?)> RenderAsync(PdfPageRenderer renderer, int number, double width, double height,
        CancellationToken ct)
    {
        var dpi = renderer.DpiFor(width, height);
        if (dpi < 72)
        {
            throw new InvalidDataException($"Page {number} is too large to render within the pixel limit.");
        }
        return (await renderer.RenderAsync(number, dpi, ct).ConfigureAwait(false), dpi);
    }
}
