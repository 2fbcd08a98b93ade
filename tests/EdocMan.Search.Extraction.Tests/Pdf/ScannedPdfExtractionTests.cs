using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Core.Text;
using EdocMan.Search.Extraction.Ocr;
using EdocMan.Search.Extraction.Pdf;
using EdocMan.Search.Extraction.Tests.Ocr;
using EdocMan.Search.Testing;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace EdocMan.Search.Extraction.Tests.Pdf;

/// <summary>Scanned and mixed PDFs: each page is read from its text layer or OCR'd, decided page by page.</summary>
[Trait("Category", "Ocr")]
public sealed class ScannedPdfExtractionTests(ScanPages scans, ITestOutputHelper output) : IClassFixture<ScanPages>, IDisposable
{
    private static readonly ExtractionRequest Request = new(ContentTypes.Pdf, "ban-quet.pdf");
    private readonly OcrService _ocr = new(Options.Create(new OcrOptions { Workers = 2 }));
    private PdfPigTextExtractor Extractor => new(ocr: _ocr);

    public void Dispose() => _ocr.Dispose();

    private async Task<ExtractedText> Extract(byte[] pdf, IProgress<PageProgress>? progress = null) =>
        await Extractor.ExtractAsync(new MemoryStream(pdf), Request with { Progress = progress }, CancellationToken.None);

    [Fact]
    public async Task A_JPEG_scan_is_OCRd_from_the_embedded_bytes_with_its_confidence_and_progress()
    {
        var reports = new List<PageProgress>();
        var pdf = ScannedPdf.FromImages(new ScannedPdf.Page(scans.CleanJpeg));

        var text = await Extract(pdf, new SynchronousProgress(reports));

        var page = Assert.Single(text.Pages);
        Assert.Equal(TextSource.Ocr, page.Source);
        Assert.InRange(page.Confidence ?? 0, 80, 100);
        Assert.Null(page.Note);
        Assert.InRange(CharacterErrorRate.Of(ScanPages.Truth, page.Text), 0, 0.01);
        Assert.Equal([new PageProgress(0, 1), new PageProgress(1, 1)], reports);
    }

    [Fact]
    public async Task A_mixed_PDF_keeps_the_text_layer_of_born_digital_pages_and_OCRs_the_scanned_one()
    {
        var pdf = ScannedPdf.Concat(PdfFactory.Vietnamese(), ScannedPdf.FromImages(new ScannedPdf.Page(scans.SecondPng)));

        var text = await Extract(pdf);

        Assert.Equal([TextSource.TextLayer, TextSource.Ocr], text.Pages.Select(p => p.Source));
        Assert.Contains("31/2014/QĐ-UBND", text.Pages[0].Text);
        Assert.Null(text.Pages[0].Confidence);
        Assert.Contains("chịu trách nhiệm thi hành Quyết định này", VietnameseText.Collapse(text.Pages[1].Text));
    }

    [Fact]
    public async Task A_scanners_OCR_layer_without_diacritics_is_replaced_by_our_OCR()
    {
        const string scannerLayer = "UY BAN NHAN DAN TINH SON LA ceNG HoA x,l ugr cnu NGHIA VIET NAM\n" +
            "QUYET DINH Ve viec phe duyet ke hoach so hoa tai lieu luu tru. Dieu 1. Phe duyet ke hoach so hoa tai lieu " +
            "luu tru cua cac so, ban, nganh. Ban quet phai ro net, du trang va duoc luu tru cung ban goc.";
        var pdf = ScannedPdf.FromImages(new ScannedPdf.Page(scans.CleanJpeg, scannerLayer));

        var page = Assert.Single((await Extract(pdf)).Pages);

        Assert.Equal(TextSource.Ocr, page.Source);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", page.Text);
        Assert.DoesNotContain("ceNG", page.Text);
    }

    [Fact]
    public async Task A_signature_stamp_over_a_scan_is_kept_after_the_OCR_text()
    {
        const string stamp = "SAO Y BẢN CHÍNH\nNgười ký: Văn phòng UBND tỉnh\nThời gian ký: 14/11/2014 08:30";
        var pdf = ScannedPdf.FromImages(new ScannedPdf.Page(scans.CleanJpeg, stamp));

        var page = Assert.Single((await Extract(pdf)).Pages);

        Assert.Equal(TextSource.Ocr, page.Source);
        Assert.Contains("kế hoạch số hóa tài liệu lưu trữ", page.Text);
        Assert.EndsWith("Thời gian ký: 14/11/2014 08:30", page.Text.TrimEnd());
    }

    [Fact]
    public async Task A_page_scanned_in_strips_is_rendered_by_pdftoppm_and_OCRd()
    {
        var truth = ScanPages.TruthPdf(ScanPages.Truth);
        var pdf = ScannedPdf.InStrips(
            PdfRasterizer.FirstPage(truth, PdfRasterizer.Format.Png, 300, (0, 0, 2480, 1754)),
            PdfRasterizer.FirstPage(truth, PdfRasterizer.Format.Png, 300, (0, 1754, 2480, 1754)));

        var page = Assert.Single((await Extract(pdf)).Pages);

        output.WriteLine($"confidence {page.Confidence}, CER {CharacterErrorRate.Of(ScanPages.Truth, page.Text):P2}");
        Assert.Equal(TextSource.Ocr, page.Source);
        Assert.InRange(CharacterErrorRate.Of(ScanPages.Truth, page.Text), 0, 0.02);
    }

    [Fact]
    public async Task A_JBIG2_scan_is_rendered_by_pdftoppm_and_OCRd()
    {
        // Copiers' compact PDFs hold bilevel scans as JBIG2, which Leptonica cannot read from the PDF: pdftoppm draws it.
        var pdf = Jbig2Pdf.FromG4Tiff(ScanDegrader.MultiPageG4Tiff(scans.CleanPng));
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            var scan = PdfPageScan.For(document.GetPage(1), long.MaxValue);
            Assert.Null(scan.Image); // not handed to Leptonica: drawn by pdftoppm
        }

        var page = Assert.Single((await Extract(pdf)).Pages);

        output.WriteLine($"confidence {page.Confidence}, CER {CharacterErrorRate.Of(ScanPages.Truth, page.Text):P2}");
        Assert.Equal(TextSource.Ocr, page.Source);
        // Measured 2.98 % (the same page as a G4 TIFF: under 2 %). Debian 12's poppler draws this MMR-coded region
        // with a few one-pixel vertical lines below some glyphs, which jbig2dec does not (it decodes the stream clean).
        Assert.InRange(CharacterErrorRate.Of(ScanPages.Truth, page.Text), 0, 0.04);
    }

    [Fact]
    public async Task A_page_of_noise_fails_the_document_with_the_reason()
    {
        var pdf = ScannedPdf.FromImages(new ScannedPdf.Page(NoiseImage.Png(800, 1131)));

        var error = await Assert.ThrowsAsync<ExtractionFailedException>(() => Extract(pdf));

        Assert.Equal(ExtractionLimits.NoTextRecognised, error.Message);
    }

    [Fact]
    public async Task Without_an_OCR_service_scanned_pages_come_back_empty_as_before()
    {
        var pdf = ScannedPdf.FromImages(new ScannedPdf.Page(scans.CleanJpeg));

        var page = Assert.Single((await new PdfPigTextExtractor().ExtractAsync(new MemoryStream(pdf), Request, CancellationToken.None)).Pages);

        Assert.Equal((TextSource.TextLayer, ""), (page.Source, page.Text));
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; tests want the reports in hand when the call returns.</summary>
    private sealed class SynchronousProgress(List<PageProgress> reports) : IProgress<PageProgress>
    {
        public void Report(PageProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
