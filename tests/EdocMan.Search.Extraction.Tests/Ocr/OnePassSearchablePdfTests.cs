using System.Diagnostics;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Core.Text;
using EdocMan.Search.Extraction.Ocr;
using EdocMan.Search.Extraction.Pdf;
using EdocMan.Search.Testing;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace EdocMan.Search.Extraction.Tests.Ocr;

/// <summary>
/// The searchable PDF of a scan comes from the extraction's own recognition: each page is recognised once,
/// rendered as a one-page PDF on the same engine, spooled, and the pages joined in order.
/// </summary>
[Trait("Category", "Ocr")]
public sealed class OnePassSearchablePdfTests(ScanPages scans, ITestOutputHelper output) : IClassFixture<ScanPages>, IDisposable
{
    private const string ThirdTruth = "Thông báo lịch tiếp công dân của Ủy ban nhân dân huyện Thuận Châu.";

    // Its own service, so the recognition count is this test's alone.
    private readonly OcrService _ocr = new(Options.Create(new OcrOptions { Workers = 2 }));

    public void Dispose() => _ocr.Dispose();

    [Fact]
    public async Task A_three_page_scanned_PDF_is_recognised_once_per_page_and_joined_in_page_order()
    {
        var pdf = ScannedPdf.FromImages(
            new ScannedPdf.Page(scans.CleanJpeg), new ScannedPdf.Page(scans.SecondPng), new ScannedPdf.Page(ThirdPage()));
        using var spool = new ScannedPageSpool(30);

        var text = await new PdfPigTextExtractor(ocr: _ocr).ExtractAsync(new MemoryStream(pdf),
            new ExtractionRequest(ContentTypes.Pdf, "ban-quet.pdf") { ScannedPage = spool.Add }, CancellationToken.None);
        var searchable = await new SearchablePdfBuilder(_ocr).MakeAsync(spool.Pages, CancellationToken.None);

        Assert.Equal(3, _ocr.Recognitions); // the text and the PDF came from the same three recognitions
        Assert.Equal([1, 2, 3], spool.Pages.Select(p => p.Number));
        Assert.Equal(3, text.Pages.Count);
        using var document = PdfDocument.Open(searchable);
        Assert.Equal(3, document.NumberOfPages);
        var layers = document.GetPages().Select(Layer).ToList();
        Assert.All(document.GetPages(), p => Assert.Equal(1, p.NumberOfImages));
        Assert.Contains("kế hoạch số hóa tài liệu lưu trữ", layers[0]);
        Assert.Contains("thi hành Quyết định này", layers[1]);
        Assert.Contains("lịch tiếp công dân", layers[2]);
        Assert.DoesNotContain("Quyết định này", layers[0]);
        Assert.DoesNotContain("lưu trữ", layers[1]);
        Assert.DoesNotContain("lưu trữ", layers[2]);
    }

    [Fact]
    public async Task Every_frame_of_a_scanned_TIFF_is_recognised_once_and_becomes_its_page()
    {
        var tiff = ScanDegrader.MultiPageG4Tiff(scans.SecondPng, ThirdPage());
        using var spool = new ScannedPageSpool(30);

        await new ImageOcrExtractor(Options.Create(new OcrOptions()), ocr: _ocr).ExtractAsync(new MemoryStream(tiff),
            new ExtractionRequest(ContentTypes.Tiff, "lo-quet.tif") { ScannedPage = spool.Add }, CancellationToken.None);
        var searchable = await new SearchablePdfBuilder(_ocr).MakeAsync(spool.Pages, CancellationToken.None);
        var folder = Path.GetDirectoryName(spool.Pages[0].Path)!;
        spool.Dispose();

        Assert.Equal(2, _ocr.Recognitions);
        using var document = PdfDocument.Open(searchable);
        Assert.Equal(2, document.NumberOfPages);
        Assert.Contains("thi hành Quyết định này", Layer(document.GetPage(1)));
        Assert.Contains("lịch tiếp công dân", Layer(document.GetPage(2)));
        Assert.False(Directory.Exists(folder)); // the spooled pages are deleted
    }

    [Fact]
    public async Task A_scan_longer_than_the_searchable_PDF_limit_has_no_page_rendered()
    {
        using var strict = new OcrService(Options.Create(new OcrOptions { Workers = 2 }),
            Options.Create(new ExtractionOptions { SearchablePdfMaxPages = 1 }));
        var handed = new List<ScannedPagePdf>();
        var tiff = ScanDegrader.MultiPageG4Tiff(scans.SecondPng, scans.SecondPng);

        var text = await new ImageOcrExtractor(Options.Create(new OcrOptions()), ocr: strict).ExtractAsync(new MemoryStream(tiff),
            new ExtractionRequest(ContentTypes.Tiff, "dai.tif") { ScannedPage = p => { lock (handed) { handed.Add(p); } } },
            CancellationToken.None);

        Assert.Equal(2, text.Pages.Count(p => p.Text.Length > 0));
        Assert.Empty(handed);
    }

    /// <summary>
    /// The renderer's AddImage must read the engine's results, not recognise the page again (its C++ source says
    /// so; this measures it): rendering the dense page takes a fraction of recognising it, on the same engine.
    /// </summary>
    [Fact]
    public async Task Rendering_a_page_PDF_reads_the_recognition_results_instead_of_recognising_again()
    {
        var recognising = new List<double>();
        var rendering = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            var (recognised, rendered) = await _ocr.RunAsync(engine =>
            {
                using var pix = OcrImageDecoder.Decode(scans.CleanPng, 0, long.MaxValue);
                var clock = Stopwatch.StartNew();
                var (recognition, render) = (TimeSpan.Zero, TimeSpan.Zero);
                engine.Recognize(pix, 300, Timeout.InfiniteTimeSpan, CancellationToken.None, api =>
                {
                    recognition = clock.Elapsed;
                    Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(PageSearchablePdf.Render(api, engine.TessdataPath), 0, 4));
                    render = clock.Elapsed - recognition;
                });
                return (recognition.TotalMilliseconds, render.TotalMilliseconds);
            }, CancellationToken.None);
            recognising.Add(recognised);
            rendering.Add(rendered);
        }

        output.WriteLine($"recognition ms: {string.Join(", ", recognising.Select(t => $"{t:0}"))}; " +
            $"one-page PDF from the results ms: {string.Join(", ", rendering.Select(t => $"{t:0}"))}");
        Assert.Equal(3, _ocr.Recognitions);
        // Recognising again would cost about one recognition; the margin of 2 holds on a loaded machine too (a clean-clone
        // run beside a benchmark measured 954 against 2,618 ms, which failed the earlier bound of a third).
        Assert.True(rendering.Order().ElementAt(1) < recognising.Order().ElementAt(1) / 2,
            $"median render {rendering.Order().ElementAt(1):0} ms vs recognition {recognising.Order().ElementAt(1):0} ms");
    }

    private static string Layer(UglyToad.PdfPig.Content.Page page) =>
        VietnameseText.Collapse(string.Join(' ', page.GetWords().Select(w => w.Text)));

    private static byte[] ThirdPage() =>
        PdfRasterizer.FirstPage(PdfFactory.FromText(ThirdTruth), PdfRasterizer.Format.Png, 300);
}
