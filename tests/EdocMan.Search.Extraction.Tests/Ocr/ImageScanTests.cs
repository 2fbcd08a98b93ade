using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Core.Text;
using EdocMan.Search.Extraction.Ocr;
using EdocMan.Search.Testing;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;

namespace EdocMan.Search.Extraction.Tests.Ocr;

/// <summary>Scanner output as images: multi-page G4 TIFF, noise, bombs, and the searchable PDF made from scans.</summary>
[Trait("Category", "Ocr")]
public sealed class ImageScanTests(ScanPages scans) : IClassFixture<ScanPages>, IDisposable
{
    private static readonly ExtractionRequest Tiff = new(ContentTypes.Tiff, "lo-quet.tif");
    private readonly OcrService _ocr = new(Options.Create(new OcrOptions { Workers = 2 }));

    public void Dispose() => _ocr.Dispose();

    private ImageOcrExtractor Extractor(OcrService? ocr = null) => new(Options.Create(new OcrOptions()), ocr: ocr ?? _ocr);

    [Fact]
    public async Task Every_frame_of_a_multi_page_CCITT_G4_TIFF_is_a_page()
    {
        var tiff = ScanDegrader.MultiPageG4Tiff(scans.CleanPng, scans.SecondPng);
        var reports = 0;

        var text = await Extractor().ExtractAsync(new MemoryStream(tiff),
            Tiff with { Progress = new CountingProgress(() => Interlocked.Increment(ref reports)) }, CancellationToken.None);

        Assert.Equal([1, 2], text.Pages.Select(p => p.Number));
        Assert.All(text.Pages, p => Assert.Equal(TextSource.Ocr, p.Source));
        Assert.InRange(CharacterErrorRate.Of(ScanPages.Truth, text.Pages[0].Text), 0, 0.02);
        Assert.Contains("thi hành Quyết định này", VietnameseText.Collapse(text.Pages[1].Text));
        Assert.Equal(3, reports); // the total first (0 of 2), then each frame
    }

    [Fact]
    public async Task A_TIFF_with_more_frames_than_allowed_fails_with_the_limit()
    {
        var tiff = ScanDegrader.MultiPageG4Tiff(scans.SecondPng, scans.SecondPng, scans.SecondPng);
        using var strict = new OcrService(Options.Create(new OcrOptions()), Options.Create(new ExtractionOptions { MaxPages = 2 }));

        var error = await Assert.ThrowsAsync<ExtractionFailedException>(
            () => Extractor(strict).ExtractAsync(new MemoryStream(tiff), Tiff, CancellationToken.None));

        Assert.StartsWith("Tài liệu có 3 trang trở lên, vượt quá giới hạn 2 trang", error.Message);
    }

    [Fact]
    public async Task An_image_of_random_noise_fails_with_a_reason_instead_of_garbage_text()
    {
        var error = await Assert.ThrowsAsync<ExtractionFailedException>(() => Extractor().ExtractAsync(
            new MemoryStream(NoiseImage.Png(1200, 1200)), new ExtractionRequest(ContentTypes.Png, "nhieu.png"), CancellationToken.None));

        Assert.Equal(ExtractionLimits.NoTextRecognised, error.Message);
    }

    [Fact]
    public async Task A_decompression_bomb_is_refused_at_preflight_and_extraction()
    {
        var bomb = PngBomb.Header(100_000, 100_000);
        var request = new ExtractionRequest(ContentTypes.Png, "bom.png");

        var preflight = Extractor().Preflight(new MemoryStream(bomb));
        var error = await Assert.ThrowsAsync<ExtractionFailedException>(
            () => Extractor().ExtractAsync(new MemoryStream(bomb), request, CancellationToken.None));

        Assert.StartsWith("Ảnh quá lớn (100000 × 100000 điểm ảnh, giới hạn 100 triệu điểm ảnh)", preflight);
        Assert.Equal(preflight, error.Message);
    }

    [Fact]
    public async Task The_searchable_PDF_shows_the_scans_with_their_text_underneath()
    {
        var builder = new SearchablePdfBuilder(_ocr);

        var pdf = await builder.BuildAsync([scans.CleanJpeg, scans.SecondPng]);

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(2, document.NumberOfPages);
        var first = document.GetPage(1);
        Assert.Equal(1, first.NumberOfImages);
        var layer = VietnameseText.Collapse(string.Join(' ', first.GetWords().Select(w => w.Text)));
        Assert.Contains("kế hoạch số hóa tài liệu lưu trữ", layer);
        Assert.Contains("Quyết định này", VietnameseText.Collapse(string.Join(' ', document.GetPage(2).GetWords().Select(w => w.Text))));
        Assert.InRange(Math.Abs(first.Width - 595), 0, 2); // A4 at the scan's 300 dpi
    }

    [Fact]
    public async Task A_searchable_PDF_of_a_broken_image_fails_with_the_page_named()
    {
        var error = await Assert.ThrowsAsync<ExtractionFailedException>(
            () => new SearchablePdfBuilder(_ocr).BuildAsync([scans.CleanJpeg[..500]]));

        Assert.Equal("Trang 1: " + ImageOcrExtractor.UnreadableImageReason, error.Message);
    }

    private sealed class CountingProgress(Action report) : IProgress<PageProgress>
    {
        public void Report(PageProgress value) => report();
    }
}
