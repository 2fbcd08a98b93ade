using System.Runtime.InteropServices;
using EdocMan.Search.Extraction.Ocr;

namespace EdocMan.Search.Extraction.Tests.Ocr;

/// <summary>
/// Turns a clean 300 dpi rendering into what an office scanner delivers, with Leptonica: a slight
/// rotation, grain, blur and JPEG compression; or turns it sideways; or packs pages into a G4 TIFF.
/// </summary>
internal static partial class ScanDegrader
{
    private const string Lept = TesseractNative.LeptonicaLibrary;
    private const int RotateAreaMap = 1;
    private const int BringInWhite = 1;
    private const int TiffG4 = 8;

    /// <summary>Grey, rotated by <paramref name="degrees"/>, noisy, blurred, then JPEG at <paramref name="quality"/>.</summary>
    public static byte[] Degrade(byte[] image, double degrees = 1.3, float noise = 12f, int quality = 55)
    {
        using var pix = Leptonica.Read(image);
        using var grey = pixConvertTo8(pix, 0);
        using var rotated = pixRotate(grey, (float)(degrees * Math.PI / 180), RotateAreaMap, BringInWhite, 0, 0);
        using var noisy = pixAddGaussianNoise(rotated, noise);
        using var blurred = pixBlockconv(noisy, 1, 1);
        return Jpeg(blurred, quality);
    }

    /// <summary>The image turned a quarter clockwise, as a page fed sideways.</summary>
    public static byte[] Sideways(byte[] image)
    {
        using var pix = Leptonica.Read(image);
        using var turned = Leptonica.pixRotateOrth(pix, 1);
        return Png(turned);
    }

    /// <summary>The image as grey JPEG.</summary>
    public static byte[] ToJpeg(byte[] image, int quality = 85)
    {
        using var pix = Leptonica.Read(image);
        using var grey = pixConvertTo8(pix, 0);
        return Jpeg(grey, quality);
    }

    /// <summary>The image as PNG.</summary>
    public static byte[] ToPng(byte[] image)
    {
        using var pix = Leptonica.Read(image);
        return Png(pix);
    }

    /// <summary>A multi-page bilevel TIFF (CCITT G4), one frame per image, as scanners write batches.</summary>
    public static byte[] MultiPageG4Tiff(params byte[][] images)
    {
        var file = Path.Combine(Path.GetTempPath(), $"edocman-{Guid.NewGuid():N}.tif");
        try
        {
            for (var i = 0; i < images.Length; i++)
            {
                using var pix = Leptonica.Read(images[i]);
                using var bilevel = pixConvertTo1(pix, 160);
                if (pixWriteTiff(file, bilevel, TiffG4, i == 0 ? "w" : "a") != 0)
                {
                    throw new InvalidOperationException("pixWriteTiff failed.");
                }
            }
            return File.ReadAllBytes(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static byte[] Jpeg(PixHandle pix, int quality) =>
        Take(pixWriteMemJpeg(out var data, out var size, pix, quality, 0), data, size);

    private static byte[] Png(PixHandle pix) => Take(pixWriteMemPng(out var data, out var size, pix, 0f), data, size);

    private static byte[] Take(int status, IntPtr data, nuint size)
    {
        try
        {
            if (status != 0 || data == IntPtr.Zero)
            {
                throw new InvalidOperationException("Leptonica could not encode the image.");
            }
            var bytes = new byte[(int)size];
            Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
        finally
        {
            if (data != IntPtr.Zero)
            {
                lept_free(data);
            }
        }
    }

    [LibraryImport(Lept)]
    private static partial PixHandle pixConvertTo8(PixHandle pix, int colormap);

    [LibraryImport(Lept)]
    private static partial PixHandle pixConvertTo1(PixHandle pix, int threshold);

    [LibraryImport(Lept)]
    private static partial PixHandle pixRotate(PixHandle pix, float radians, int type, int incolor, int width, int height);

    [LibraryImport(Lept)]
    private static partial PixHandle pixAddGaussianNoise(PixHandle pix, float stdev);

    [LibraryImport(Lept)]
    private static partial PixHandle pixBlockconv(PixHandle pix, int halfWidth, int halfHeight);

    [LibraryImport(Lept)]
    private static partial int pixWriteMemJpeg(out IntPtr data, out nuint size, PixHandle pix, int quality, int progressive);

    [LibraryImport(Lept)]
    private static partial int pixWriteMemPng(out IntPtr data, out nuint size, PixHandle pix, float gamma);

    [LibraryImport(Lept, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int pixWriteTiff(string file, PixHandle pix, int compression, string mode);

    [LibraryImport(Lept)]
    private static partial void lept_free(IntPtr data);
}
