namespace EdocMan.Search.Extraction.Ocr;

/// <summary>Decodes image bytes with Leptonica, refusing images too big to decode safely.</summary>
internal static class OcrImageDecoder
{
    /// <summary>
    /// Decodes frame <paramref name="frame"/> (0-based; TIFF only, 0 for other formats) of an image.
    /// </summary>
    /// <remarks>
    /// The size is read from the header before decoding, so a decompression bomb is refused before it
    /// allocates anything. Leptonica reads the header of a TIFF's first frame only; later frames are
    /// checked right after decoding.
    /// </remarks>
    /// <exception cref="InvalidDataException">Not an image Leptonica can decode, or no such frame.</exception>
    /// <exception cref="ImageTooLargeException">More than <paramref name="maxPixels"/> pixels.</exception>
    public static PixHandle Decode(byte[] image, int frame, long maxPixels)
    {
        if (image.Length == 0)
        {
            throw new InvalidDataException("The image is empty.");
        }
        if (Leptonica.ReadHeader(image, out var width, out var height) != 0)
        {
            throw new InvalidDataException("Leptonica could not read the image header.");
        }
        Check(width, height, maxPixels);
        var pix = frame == 0 ? Leptonica.Read(image) : Leptonica.ReadTiffPage(image, frame);
        if (pix.IsInvalid)
        {
            pix.Dispose();
            throw new InvalidDataException("Leptonica could not decode the image.");
        }
        try
        {
            Check(Leptonica.pixGetWidth(pix), Leptonica.pixGetHeight(pix), maxPixels);
            return pix;
        }
        catch
        {
            pix.Dispose();
            throw;
        }
    }

    /// <summary>The number of frames of a TIFF, counting up to <paramref name="limit"/> + 1.</summary>
    /// <remarks>Each frame is decoded to be counted; the limit stops a file claiming millions of frames.</remarks>
    public static int CountTiffFrames(byte[] tiff, int limit)
    {
        var count = 0;
        while (count <= limit)
        {
            using var pix = Leptonica.ReadTiffPage(tiff, count);
            if (pix.IsInvalid)
            {
                break;
            }
            count++;
        }
        return count;
    }

    private static void Check(int width, int height, long maxPixels)
    {
        if (width <= 0 || height <= 0)
        {
            throw new InvalidDataException("The image has no pixels.");
        }
        if ((long)width * height > maxPixels)
        {
            throw new ImageTooLargeException(width, height, maxPixels);
        }
    }
}

/// <summary>An image has more pixels than <see cref="Core.Options.ExtractionOptions.MaxImagePixels"/> allows.</summary>
internal sealed class ImageTooLargeException(int width, int height, long maxPixels)
    : Exception($"The image is {width}×{height} pixels, more than the limit of {maxPixels}.")
{
    /// <summary>The Vietnamese reason for the clerk.</summary>
    public string Reason { get; } =
        $"Ảnh quá lớn ({width} × {height} điểm ảnh, giới hạn {maxPixels / 1_000_000} triệu điểm ảnh); " +
        "hãy quét lại ở độ phân giải 300 dpi.";
}
