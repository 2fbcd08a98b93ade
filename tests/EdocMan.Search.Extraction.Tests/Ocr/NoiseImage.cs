namespace EdocMan.Search.Extraction.Tests.Ocr;

/// <summary>Images of random grey noise: what a scanner with its lid open or a broken sensor delivers.</summary>
internal static class NoiseImage
{
    /// <summary>Noise as a binary PGM (which Leptonica reads), seeded so every run sees the same pixels.</summary>
    public static byte[] Pgm(int width, int height, int seed = 7)
    {
        var header = System.Text.Encoding.ASCII.GetBytes($"P5\n{width} {height}\n255\n");
        var bytes = new byte[header.Length + width * height];
        header.CopyTo(bytes, 0);
        new Random(seed).NextBytes(bytes.AsSpan(header.Length));
        return bytes;
    }

    /// <summary>The same noise as PNG, for PDFs (PDFsharp embeds PNG and JPEG only).</summary>
    public static byte[] Png(int width, int height) => ScanDegrader.ToPng(Pgm(width, height));
}
