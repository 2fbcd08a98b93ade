using System.Diagnostics;
using System.Globalization;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Extraction.Ocr;
using EdocMan.Search.Extraction.Pdf;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EdocMan.Search.IndexTools.OcrBench;

/// <summary>
/// A scan's OCR end to end, text and searchable PDF, as the ingestion pipeline does it: the bench pages put
/// into one image-only PDF (PNG pages, FlateDecode, A4), extracted by <see cref="PdfPigTextExtractor"/> on the
/// server's default OCR service, then the searchable PDF made three ways, interleaved in every run:
/// text only (the floor); text, then the PDF from a second recognition of every page on one engine (what
/// the pipeline did before one pass); text with each page's one-page PDF rendered from the same
/// recognition, then joined with <c>pdfunite</c> (one pass).
/// </summary>
internal static class BenchSearchablePdf
{
    private const string TextOnly = "text only (no searchable PDF)";
    private const string TwoPasses = "text + searchable PDF, two passes (before: PDF recognises every page again)";
    private const string OnePass = "text + searchable PDF, one pass (after: one-page PDFs from the same recognition, joined)";

    public static async Task RunAsync(IReadOnlyList<BenchPage> pages, int runs, TextWriter output)
    {
        var scan = ScannedPdf(pages);
        using var ocr = new OcrService(Options.Create(new OcrOptions()));
        var extractor = new PdfPigTextExtractor(ocr: ocr);
        var builder = new SearchablePdfBuilder(ocr);
        var images = pages.Select(p => p.Image).ToList();
        // Warm-up, not timed: loads the engines, as a running server has them.
        await OnePassAsync(extractor, builder, scan);

        var times = new Dictionary<string, List<double>> { [TextOnly] = [], [TwoPasses] = [], [OnePass] = [] };
        var sizes = new Dictionary<string, long>();
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            await ExtractAsync(extractor, scan, null);
            times[TextOnly].Add(watch.Elapsed.TotalSeconds);

            watch.Restart();
            await ExtractAsync(extractor, scan, null);
            sizes[TwoPasses] = (await builder.BuildAsync(images)).Length;
            times[TwoPasses].Add(watch.Elapsed.TotalSeconds);

            watch.Restart();
            sizes[OnePass] = (await OnePassAsync(extractor, builder, scan)).Length;
            times[OnePass].Add(watch.Elapsed.TotalSeconds);
        }

        await output.WriteLineAsync($"\nScan end to end ({pages.Count}-page image-only PDF, {ocr.Workers} OCR workers):");
        await output.WriteLineAsync("| what | median s | runs (s) | searchable PDF |\n|---|---|---|---|");
        foreach (var (name, list) in times)
        {
            var size = sizes.TryGetValue(name, out var bytes) ? $"{bytes / 1024} KB" : "–";
            await output.WriteLineAsync($"| {name} | {Median(list):0.00} | {string.Join(", ", list.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)))} | {size} |");
        }
        await output.WriteLineAsync($"one pass / two passes: {Median(times[OnePass]) / Median(times[TwoPasses]):0.00}; " +
            $"one pass / text only: {Median(times[OnePass]) / Median(times[TextOnly]):0.00}");
    }

    private static async Task<byte[]> OnePassAsync(PdfPigTextExtractor extractor, SearchablePdfBuilder builder, byte[] scan)
    {
        using var spool = new ScannedPageSpool(int.MaxValue);
        await ExtractAsync(extractor, scan, spool.Add);
        if (spool.Incomplete || spool.Problem is not null)
        {
            throw new InvalidOperationException($"The scan's pages were not all rendered: {spool.Problem}");
        }
        return await builder.MakeAsync(spool.Pages, CancellationToken.None);
    }

    private static Task<ExtractedText> ExtractAsync(PdfPigTextExtractor extractor, byte[] scan, Action<ScannedPagePdf>? scanned) =>
        extractor.ExtractAsync(new MemoryStream(scan, writable: false),
            new ExtractionRequest(ContentTypes.Pdf, "bench-scan.pdf") { ScannedPage = scanned }, CancellationToken.None);

    /// <summary>One A4 page per image, the image covering the page, as a scanner writes an image-only PDF.</summary>
    private static byte[] ScannedPdf(IReadOnlyList<BenchPage> pages)
    {
        using var document = new PdfDocument();
        foreach (var scan in pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromMillimeter(210);
            page.Height = XUnit.FromMillimeter(297);
            using var graphics = XGraphics.FromPdfPage(page);
            using var image = XImage.FromStream(new MemoryStream(scan.Image));
            graphics.DrawImage(image, 0, 0, page.Width.Point, page.Height.Point);
        }
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
