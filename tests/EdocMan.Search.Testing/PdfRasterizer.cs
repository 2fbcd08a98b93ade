using System.Diagnostics;

namespace EdocMan.Search.Testing;

/// <summary>
/// Turns a PDF page into an image file with poppler's <c>pdftoppm</c> (Debian package poppler-utils),
/// which is how OCR fixtures are made: real glyphs, real anti-aliasing, no image committed to the repo.
/// </summary>
public static class PdfRasterizer
{
    /// <summary>The image formats pdftoppm writes.</summary>
    public enum Format
    {
        Png,
        Jpeg,
        Tiff,
    }

    /// <summary>Renders page 1 of <paramref name="pdf"/>, optionally cropped to a pixel rectangle.</summary>
    /// <param name="pdf">The PDF bytes.</param>
    /// <param name="format">The image format.</param>
    /// <param name="dpi">Resolution; Tesseract is happiest at 300.</param>
    /// <param name="crop">x, y, width, height in pixels at <paramref name="dpi"/>; null for the whole page.</param>
    /// <exception cref="InvalidOperationException">pdftoppm is missing or failed.</exception>
    public static byte[] FirstPage(byte[] pdf, Format format = Format.Png, int dpi = 300, (int X, int Y, int Width, int Height)? crop = null)
    {
        using var folder = new TempDirectory();
        var input = folder.WriteFile("page.pdf", pdf);
        var output = folder.Combine("page");
        var arguments = new List<string> { "-r", dpi.ToString(), "-f", "1", "-l", "1", "-singlefile", "-" + format.ToString().ToLowerInvariant() };
        if (crop is { } c)
        {
            arguments.AddRange(["-x", c.X.ToString(), "-y", c.Y.ToString(), "-W", c.Width.ToString(), "-H", c.Height.ToString()]);
        }
        arguments.AddRange([input, output]);

        var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, UseShellExecute = false };
        arguments.ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("pdftoppm could not be started; install poppler-utils.");
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pdftoppm failed ({process.ExitCode}): {errors}");
        }
        var extension = format switch { Format.Png => ".png", Format.Jpeg => ".jpg", _ => ".tif" };
        return File.ReadAllBytes(output + extension);
    }
}
