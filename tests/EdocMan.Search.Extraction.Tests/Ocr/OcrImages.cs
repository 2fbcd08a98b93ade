using EdocMan.Search.Printing;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Extraction.Tests.Ocr;

/// <summary>
/// A few Vietnamese lines rendered to PDF, then rasterised at 300 dpi by pdftoppm and cropped to the
/// text, once per test class: real glyphs for Tesseract, no binary fixture in the repository.
/// </summary>
public sealed class OcrImages
{
    public const string Text =
        "QUYẾT ĐỊNH\n" +
        "Về việc ban hành Quy chế quản lý văn bản\n" +
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng phần mềm.";

    // At 300 dpi the text block starts about 236 px down (20 mm) and 354 px in (30 mm).
    private static readonly (int, int, int, int) TextBlock = (250, 170, 2150, 430);

    private readonly Lazy<byte[]> _pdf = new(() => PdfFactory.FromText(Text, new PdfRenderOptions { FontSize = 14 }));
    private readonly Dictionary<PdfRasterizer.Format, Lazy<byte[]>> _images;

    public OcrImages()
    {
        _images = Enum.GetValues<PdfRasterizer.Format>().ToDictionary(
            f => f,
            f => new Lazy<byte[]>(() => PdfRasterizer.FirstPage(_pdf.Value, f, 300, TextBlock)));
    }

    public byte[] Png => Image(PdfRasterizer.Format.Png);

    public byte[] Image(PdfRasterizer.Format format) => _images[format].Value;
}
