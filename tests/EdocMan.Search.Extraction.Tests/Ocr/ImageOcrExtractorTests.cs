using System.Diagnostics;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Extraction.Ocr;
using EdocMan.Search.Testing;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace EdocMan.Search.Extraction.Tests.Ocr;

[Trait("Category", "Ocr")]
public sealed class ImageOcrExtractorTests(OcrImages images, ITestOutputHelper output) : IClassFixture<OcrImages>, IDisposable
{
    private static readonly ExtractionRequest Request = new(ContentTypes.Png, "anh-chup.png");
    private readonly ImageOcrExtractor _extractor = new(Options.Create(new OcrOptions()));

    public void Dispose() => _extractor.Dispose();

    [Fact]
    public async Task Recognises_Vietnamese_in_a_PNG_with_good_confidence()
    {
        var clock = Stopwatch.StartNew();
        var text = await _extractor.ExtractAsync(new MemoryStream(images.Png), Request, CancellationToken.None);
        var first = clock.ElapsedMilliseconds;
        clock.Restart();
        await _extractor.ExtractAsync(new MemoryStream(images.Png), Request, CancellationToken.None);
        output.WriteLine($"OCR of a {images.Png.Length / 1024} KiB PNG (2150×430 px, 300 dpi): first call {first} ms " +
                         $"(includes loading the model), pooled engine {clock.ElapsedMilliseconds} ms");

        var page = Assert.Single(text.Pages);
        output.WriteLine($"confidence {page.Confidence}: {page.Text}");
        Assert.Equal(TextSource.Ocr, page.Source);
        Assert.InRange(page.Confidence ?? 0, 51, 100);
        var folded = VietnameseText.Collapse(VietnameseText.Fold(page.Text));
        Assert.Contains("quyet dinh", folded);
        Assert.Contains("quan ly van ban", folded);
        Assert.Contains("su dung phan mem", folded);
        Assert.Contains("Quyết định này", VietnameseText.Collapse(page.Text)); // diacritics of mixed-case words survive
    }

    [Theory]
    [InlineData(PdfRasterizer.Format.Jpeg, "image/jpeg")]
    [InlineData(PdfRasterizer.Format.Tiff, "image/tiff")]
    public async Task Recognises_JPEG_and_TIFF_too(PdfRasterizer.Format format, string contentType)
    {
        var text = await _extractor.ExtractAsync(new MemoryStream(images.Image(format)), Request with { ContentType = contentType }, CancellationToken.None);

        Assert.Contains("quan ly van ban", VietnameseText.Fold(text.Pages[0].Text));
    }

    [Fact]
    public void Preflight_accepts_a_real_image_and_restores_the_position()
    {
        var stream = new MemoryStream(images.Png) { Position = 10 };

        Assert.Null(_extractor.Preflight(stream));
        Assert.Equal(10, stream.Position);
    }

    public static TheoryData<byte[]> Broken() => new()
    {
        Array.Empty<byte>(),
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 },
        PdfFactory.HeaderThenGarbage(),
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Preflight_refuses_a_broken_image(byte[] bytes)
    {
        Assert.Equal(ImageOcrExtractor.UnreadableImageReason, _extractor.Preflight(new MemoryStream(bytes)));
    }

    [Fact]
    public async Task Extraction_of_a_broken_image_fails_with_the_reason()
    {
        var truncated = images.Png[..(images.Png.Length / 3)];

        var error = await Assert.ThrowsAsync<ExtractionFailedException>(
            () => _extractor.ExtractAsync(new MemoryStream(truncated), Request, CancellationToken.None));

        Assert.Equal(ImageOcrExtractor.UnreadableImageReason, error.Message);
    }

    [Fact]
    public async Task A_missing_model_fails_with_a_reason_the_administrator_can_act_on()
    {
        using var empty = new TempDirectory();
        using var extractor = new ImageOcrExtractor(Options.Create(new OcrOptions { TessdataPaths = [empty.Path] }));

        var error = await Assert.ThrowsAsync<ExtractionFailedException>(
            () => extractor.ExtractAsync(new MemoryStream(images.Png), Request, CancellationToken.None));

        Assert.Contains("vie.traineddata", error.Message);
        Assert.Contains(empty.Path, error.Message);
        Assert.Contains("tesseract-ocr-vie", error.Message);
    }

    [Fact]
    public async Task Concurrent_calls_each_get_their_own_engine()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(
            () => _extractor.ExtractAsync(new MemoryStream(images.Png), Request, CancellationToken.None))));

        Assert.All(results, r => Assert.Contains("quan ly van ban", VietnameseText.Fold(r.Pages[0].Text)));
    }

    [Fact]
    public void Claims_the_image_types()
    {
        Assert.Equal("tesseract", _extractor.Name);
        Assert.All([ContentTypes.Png, ContentTypes.Jpeg, ContentTypes.Tiff], t => Assert.True(_extractor.Score(t) > 0));
        Assert.Equal(0, _extractor.Score(ContentTypes.Pdf));
    }
}
