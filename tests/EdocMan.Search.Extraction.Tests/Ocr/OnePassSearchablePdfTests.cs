using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Core.Text;
using EdocMan.Search.Extraction.Ocr;
using EdocMan.Search.Extraction.Pdf;
using EdocMan.Search.Testing;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;

namespace EdocMan.Search.Extraction.Tests.Ocr;

/// <summary>
/// The searchable PDF of a scan comes from the extraction's own recognition: each page is recognised once,
/// rendered as a one-page PDF on the same engine, spooled, and the pages joined in order.
/// </summary>
[Trait("Category", "Ocr")]
public sealed class OnePassSearchablePdfTests(ScanPages scans) : IClassFixture<ScanPages>, IDisposable
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

    private static string Layer(UglyToad.PdfPig.Content.Page page) =>
        VietnameseText.Collapse(string.Join(' ', page.GetWords().Select(w => w.Text)));

    private static byte[] ThirdPage() =>
        PdfRasterizer.FirstPage(PdfFactory.FromText(ThirdTruth), PdfRasterizer.Format.Png, 300);
}
