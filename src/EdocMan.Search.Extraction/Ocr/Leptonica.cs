using System.Runtime.InteropServices;

namespace EdocMan.Search.Extraction.Ocr;

/// <summary>
/// Leptonica's image functions beyond plain decoding: header inspection, TIFF frames, rotation.
/// </summary>
/// <remarks>
/// Implementation note: Leptonica prints every error to stderr ("Error in pixReadMemTiff: ..."). Bad
/// uploads are expected here and are reported to the clerk in Vietnamese, so its messages are silenced
/// once, before the first call.
/// </remarks>
internal static partial class Leptonica
{
    private const int SeverityNone = 6;

    static Leptonica()
    {
        // liblept does not pull in libgomp today, but if a build ever did, the limit must come first.
        NativeEnvironment.LimitOpenMpThreads();
        try
        {
            SetMsgSeverity(SeverityNone);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Reported by the first real call.
        }
    }

    /// <summary>Reads the header only: 0 on success.</summary>
    public static int ReadHeader(byte[] data, out int width, out int height)
    {
        width = height = 0;
        return data.Length == 0 ? 1 : pixReadHeaderMem(data, (nuint)data.Length, out _, out width, out height, out _, out _, out _);
    }

    /// <summary>Decodes page <paramref name="index"/> (0-based) of a TIFF; an invalid handle past the last page.</summary>
    public static PixHandle ReadTiffPage(byte[] data, int index) => pixReadMemTiff(data, (nuint)data.Length, index);

    /// <summary>Decodes any supported image (first page of a TIFF).</summary>
    public static PixHandle Read(byte[] data) => TesseractNative.pixReadMem(data, (nuint)data.Length);

    [LibraryImport(TesseractNative.LeptonicaLibrary, EntryPoint = "setMsgSeverity")]
    private static partial int SetMsgSeverity(int severity);

    [LibraryImport(TesseractNative.LeptonicaLibrary)]
    private static partial int pixReadHeaderMem(byte[] data, nuint size, out int format, out int width, out int height,
        out int bitsPerSample, out int samplesPerPixel, out int isColormapped);

    [LibraryImport(TesseractNative.LeptonicaLibrary)]
    private static partial PixHandle pixReadMemTiff(byte[] data, nuint size, int index);

    [LibraryImport(TesseractNative.LeptonicaLibrary)]
    public static partial int pixGetWidth(PixHandle pix);

    [LibraryImport(TesseractNative.LeptonicaLibrary)]
    public static partial int pixGetHeight(PixHandle pix);

    /// <summary>A new image turned by <paramref name="quarterTurns"/> × 90° clockwise.</summary>
    [LibraryImport(TesseractNative.LeptonicaLibrary)]
    public static partial PixHandle pixRotateOrth(PixHandle pix, int quarterTurns);
}
