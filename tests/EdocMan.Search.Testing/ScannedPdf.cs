using EdocMan.Search.Printing.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EdocMan.Search.Testing;

/// <summary>
/// Image-only PDFs, as a scanner or copier writes them: each page is one picture, drawn over the whole
/// A4 page, optionally with a hidden text layer under it (a scanner's own OCR, a signature stamp).
/// </summary>
public static class ScannedPdf
{
    /// <summary>One page: the scan (JPEG or PNG bytes) and the text hidden under it, if any.</summary>
    public sealed record Page(byte[] Image, string? HiddenText = null);

    /// <summary>A PDF with one A4 page per image. JPEG is embedded as DCTDecode, PNG as FlateDecode.</summary>
    public static byte[] FromImages(params Page[] pages)
    {
        DejaVuFontResolver.EnsureRegistered();
        using var document = new PdfDocument();
        foreach (var scan in pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromMillimeter(210);
            page.Height = XUnit.FromMillimeter(297);
            using var graphics = XGraphics.FromPdfPage(page);
            if (scan.HiddenText is { } hidden)
            {
                // Drawn first, so the picture covers it: invisible, but in the text layer.
                var font = new XFont(DejaVuFontResolver.FamilyName, 10, XFontStyleEx.Regular, XPdfFontOptions.UnicodeDefault);
                var y = 60.0;
                foreach (var line in hidden.Split('\n'))
                {
                    graphics.DrawString(line, font, XBrushes.Black, 40, y);
                    y += 14;
                }
            }
            using var stream = new MemoryStream(scan.Image);
            using var image = XImage.FromStream(stream);
            graphics.DrawImage(image, 0, 0, page.Width.Point, page.Height.Point);
        }
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>
    /// One A4 page drawn from two pictures, <paramref name="top"/> over the upper half and
    /// <paramref name="bottom"/> over the lower, as some scanners write strips: no single image covers the page.
    /// </summary>
    public static byte[] InStrips(byte[] top, byte[] bottom)
    {
        using var document = new PdfDocument();
        var page = document.AddPage();
        page.Width = XUnit.FromMillimeter(210);
        page.Height = XUnit.FromMillimeter(297);
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var half = page.Height.Point / 2;
            using var upper = XImage.FromStream(new MemoryStream(top));
            using var lower = XImage.FromStream(new MemoryStream(bottom));
            graphics.DrawImage(upper, 0, 0, page.Width.Point, half);
            graphics.DrawImage(lower, 0, half, page.Width.Point, half);
        }
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>The pages of <paramref name="first"/> followed by those of <paramref name="second"/>.</summary>
    public static byte[] Concat(byte[] first, byte[] second)
    {
        using var document = new PdfDocument();
        foreach (var part in new[] { first, second })
        {
            using var input = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(part), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
            foreach (var page in input.Pages)
            {
                document.AddPage(page);
            }
        }
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>
    /// A PDF of <paramref name="pages"/> pages that is cheap to make: the same one-line text page, shared
    /// as a single content stream, for page-limit tests.
    /// </summary>
    public static byte[] ManyPages(int pages)
    {
        DejaVuFontResolver.EnsureRegistered();
        using var document = new PdfDocument();
        var font = new XFont(DejaVuFontResolver.FamilyName, 12, XFontStyleEx.Regular, XPdfFontOptions.UnicodeDefault);
        for (var i = 0; i < pages; i++)
        {
            var page = document.AddPage();
            if (i == 0)
            {
                using var graphics = XGraphics.FromPdfPage(page);
                graphics.DrawString("Trang đầu của hồ sơ lưu trữ", font, XBrushes.Black, 72, 72);
            }
        }
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
