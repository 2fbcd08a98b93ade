using EdocMan.Search.Core.Options;
using EdocMan.Search.Extraction.Ocr;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Extraction.Tests.Ocr;

[Trait("Category", "Ocr")]
public sealed class TesseractOcrEngineTests(OcrImages images) : IClassFixture<OcrImages>
{
    private static string Tessdata => TessdataLocator.Find(new OcrOptions().TessdataPaths)
        ?? throw new InvalidOperationException("vie.traineddata is not installed (apt-get install tesseract-ocr-vie).");

    [Fact]
    public void One_engine_recognises_several_images_in_turn()
    {
        using var engine = new TesseractOcrEngine(Tessdata, "vie");

        var first = engine.Recognize(images.Png);
        var second = engine.Recognize(images.Png);

        Assert.Equal(first, second);
        Assert.Contains("quyet dinh", VietnameseText.Fold(first.Text));
    }

    [Fact]
    public void A_blank_image_gives_no_text()
    {
        using var engine = new TesseractOcrEngine(Tessdata);
        var blank = PdfRasterizer.FirstPage(PdfFactory.FromText(""), PdfRasterizer.Format.Png, 100, (0, 0, 400, 300));

        var result = engine.Recognize(blank);

        Assert.Equal(string.Empty, result.Text.Trim());
    }

    [Fact]
    public void An_undecodable_image_is_invalid_data()
    {
        using var engine = new TesseractOcrEngine(Tessdata);

        Assert.Throws<InvalidDataException>(() => engine.Recognize([1, 2, 3]));
        Assert.Throws<InvalidDataException>(() => engine.Recognize([]));
    }

    [Fact]
    public void A_language_the_folder_lacks_fails_at_construction()
    {
        Assert.Throws<InvalidOperationException>(() => new TesseractOcrEngine(Tessdata, "khm_nonexistent"));
    }

    [Fact]
    public void A_disposed_engine_refuses_work()
    {
        var engine = new TesseractOcrEngine(Tessdata);
        engine.Dispose();

        Assert.Throws<ObjectDisposedException>(() => engine.Recognize(images.Png));
    }

    [Fact]
    public void CanDecode_tells_images_from_garbage()
    {
        Assert.True(TesseractOcrEngine.CanDecode(images.Png));
        Assert.False(TesseractOcrEngine.CanDecode([0xFF, 0xD8, 0xFF, 0, 0]));
        Assert.False(TesseractOcrEngine.CanDecode([]));
    }
}
