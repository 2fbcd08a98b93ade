using UglyToad.PdfPig.Content;

namespace EdocMan.Search.Extraction.Pdf;

/// <summary>
/// The image to OCR for one scanned PDF page: the embedded scan itself when it can be handed to
/// Leptonica as is, otherwise a note that the page has to be rendered by pdftoppm.
/// </summary>
/// <param name="Image">JPEG or PNG bytes, or null when the page must be rendered.</param>
/// <param name="Dpi">The scan's resolution, from its pixel width over the width it is drawn at.</param>
internal sealed record PdfPageScan(byte[]? Image, int? Dpi)
{
    private static readonly PdfPageScan Render = new(null, null);

    /// <summary>
    /// Whether images cover most of <paramref name="page"/> (a scanned page), counting every image, since
    /// some scanners write a page as several strips.
    /// </summary>
    public static bool HasScanImage(Page page)
    {
        var area = page.Width * page.Height;
        if (page.NumberOfImages == 0 || area <= 0)
        {
            return false;
        }
        try
        {
            var covered = page.GetImages().Sum(i => VisibleArea(i.BoundingBox, page));
            return covered >= TextLayerJudge.ScanCoverage * area;
        }
        catch (Exception)
        {
            return true; // images PdfPig cannot even measure: let pdftoppm draw the page and OCR decide
        }
    }

    private static double VisibleArea(UglyToad.PdfPig.Core.PdfRectangle box, Page page)
    {
        var width = Math.Min(box.Right, page.Width) - Math.Max(box.Left, 0);
        var height = Math.Min(box.Top, page.Height) - Math.Max(box.Bottom, 0);
        return width > 0 && height > 0 ? width * height : 0;
    }

    /// <summary>
    /// How to get the scan of <paramref name="page"/>. The embedded image is used directly only when it is
    /// the page's one image, covers nearly all of it and the page is not rotated; then DCTDecode data is a
    /// JPEG file Leptonica reads as is, and Flate or CCITT data comes out of PdfPig as PNG. JBIG2, masks,
    /// several strips or anything unusual go through pdftoppm, which draws the page exactly as a viewer would.
    /// </summary>
    /// <remarks>
    /// An embedded image over <paramref name="maxPixels"/> is drawn by pdftoppm at a resolution that fits the
    /// limit: turning it into a PNG here would inflate and re-compress every pixel first (a 20,000 × 20,000
    /// image of a few hundred KB kept a worker busy for minutes).
    /// </remarks>
    public static PdfPageScan For(Page page, long maxPixels)
    {
        try
        {
            return Embedded(page, maxPixels);
        }
        catch (Exception)
        {
            return Render; // PdfPig could not decode the image; poppler may.
        }
    }

    private static PdfPageScan Embedded(Page page, long maxPixels)
    {
        if (page.Rotation.Value != 0 || page.NumberOfImages != 1)
        {
            return Render;
        }
        var image = page.GetImages().Single();
        var box = image.BoundingBox;
        if (image.IsImageMask || box.Area < 0.8 * page.Width * page.Height || box.Width <= 0
            || (long)image.WidthInSamples * image.HeightInSamples > maxPixels)
        {
            return Render;
        }
        var dpi = (int)Math.Round(image.WidthInSamples / (box.Width / 72.0));
        int? knownDpi = dpi is >= 70 and <= 1200 ? dpi : null;
        var raw = image.RawMemory.Span;
        if (raw.Length > 3 && raw[0] == 0xFF && raw[1] == 0xD8 && raw[2] == 0xFF)
        {
            return new PdfPageScan(raw.ToArray(), knownDpi);
        }
        return image.TryGetPng(out var png) ? new PdfPageScan(png, knownDpi) : Render;
    }
}
