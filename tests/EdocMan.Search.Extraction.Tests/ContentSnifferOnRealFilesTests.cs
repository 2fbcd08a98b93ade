using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Extraction.Tests;

// ContentSniffer lives in Core; these tests feed it the real files this project produces and reads.
public sealed class ContentSnifferOnRealFilesTests
{
    private static string SniffFile(string path)
    {
        using var file = File.OpenRead(path);
        var head = new byte[ContentSniffer.HeadLength];
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return ContentSniffer.Sniff(head.AsSpan(0, read));
    }

    [Fact]
    public void Committed_samples_are_recognised()
    {
        var pdfs = Samples.All(".pdf");
        var texts = Samples.All(".txt");

        Assert.Equal(4, pdfs.Count);
        Assert.Equal(3, texts.Count);
        Assert.All(pdfs, f => Assert.Equal(ContentTypes.Pdf, SniffFile(Samples.Path(f))));
        Assert.All(texts, f => Assert.Equal(ContentTypes.PlainText, SniffFile(Samples.Path(f))));
    }

    [Fact]
    public void Rendered_and_broken_PDFs_are_still_PDFs_to_the_sniffer()
    {
        // Type detection is not validation: the extractor's Preflight rejects these.
        Assert.Equal(ContentTypes.Pdf, ContentSniffer.Sniff(PdfFactory.Vietnamese()));
        Assert.Equal(ContentTypes.Pdf, ContentSniffer.Sniff(PdfFactory.Truncated(PdfFactory.Vietnamese())));
        Assert.Equal(ContentTypes.Pdf, ContentSniffer.Sniff(PdfFactory.HeaderThenGarbage()));
        Assert.Equal(ContentTypes.Pdf, ContentSniffer.Sniff(PdfFactory.PasswordProtected(PdfFactory.Vietnamese())));
    }

    [Trait("Category", "Ocr")] // needs pdftoppm
    [Theory]
    [InlineData(PdfRasterizer.Format.Png, ContentTypes.Png)]
    [InlineData(PdfRasterizer.Format.Jpeg, ContentTypes.Jpeg)]
    [InlineData(PdfRasterizer.Format.Tiff, ContentTypes.Tiff)]
    public void Rasterised_pages_are_recognised(PdfRasterizer.Format format, string expected)
    {
        var image = PdfRasterizer.FirstPage(PdfFactory.Vietnamese(), format, dpi: 50);

        Assert.Equal(expected, ContentSniffer.Sniff(image.AsSpan(0, Math.Min(image.Length, ContentSniffer.HeadLength))));
    }
}
