using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace EdocMan.Search.Extraction.Ocr;

/// <summary>
/// P/Invoke declarations for libtesseract's C API and the Leptonica image functions it needs.
/// </summary>
/// <remarks>
/// <para>
/// Implementation note: the libraries are named by their sonames, which the runtime packages
/// (libtesseract5, liblept5) install; the unversioned names exist only with the -dev packages.
/// </para>
/// <para>
/// The static constructor limits OpenMP to one thread before the first call of this class loads
/// libtesseract (and with it libgomp, which reads the limit once at load time). Parallelism comes
/// from one engine per worker thread instead.
/// </para>
/// </remarks>
internal static partial class TesseractNative
{
    public const string TesseractLibrary = "libtesseract.so.5";
    public const string LeptonicaLibrary = "liblept.so.5";

    /// <summary>Page segmentation: fully automatic, no orientation detection (what the CLI uses).</summary>
    public const int PageSegModeAuto = 3;

    /// <summary>Engine mode: LSTM only. Debian's vie model is a "fast" LSTM model without legacy data.</summary>
    public const int OcrEngineModeLstmOnly = 1;

    static TesseractNative()
    {
        NativeEnvironment.LimitOpenMpThreads();
    }

    /// <summary>The library's version, e.g. "5.3.0".</summary>
    public static string Version() => Marshal.PtrToStringUTF8(TessVersion()) ?? string.Empty;

    [LibraryImport(TesseractLibrary)]
    private static partial IntPtr TessVersion();

    [LibraryImport(TesseractLibrary)]
    public static partial TessBaseApiHandle TessBaseAPICreate();

    [LibraryImport(TesseractLibrary)]
    public static partial void TessBaseAPIDelete(IntPtr handle);

    /// <summary>Returns 0 on success. <paramref name="datapath"/> is the tessdata folder itself.</summary>
    [LibraryImport(TesseractLibrary, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPIInit2(TessBaseApiHandle handle, string datapath, string language, int oem);

    [LibraryImport(TesseractLibrary)]
    public static partial void TessBaseAPISetPageSegMode(TessBaseApiHandle handle, int mode);

    [LibraryImport(TesseractLibrary)]
    public static partial void TessBaseAPISetImage2(TessBaseApiHandle handle, PixHandle pix);

    /// <summary>Recognises the image if needed; free the result with <see cref="TessDeleteText"/>.</summary>
    [LibraryImport(TesseractLibrary)]
    public static partial IntPtr TessBaseAPIGetUTF8Text(TessBaseApiHandle handle);

    [LibraryImport(TesseractLibrary)]
    public static partial int TessBaseAPIMeanTextConf(TessBaseApiHandle handle);

    [LibraryImport(TesseractLibrary)]
    public static partial void TessDeleteText(IntPtr text);

    /// <summary>Frees the image and the recognition results; the loaded model stays.</summary>
    [LibraryImport(TesseractLibrary)]
    public static partial void TessBaseAPIClear(TessBaseApiHandle handle);

    /// <summary>Decodes PNG, JPEG, TIFF (first page), BMP, GIF or PNM bytes; an invalid handle when it cannot.</summary>
    [LibraryImport(LeptonicaLibrary)]
    public static partial PixHandle pixReadMem(byte[] data, nuint size);

    [LibraryImport(LeptonicaLibrary)]
    public static partial void pixDestroy(ref IntPtr pix);
}

/// <summary>Owns a <c>TessBaseAPI*</c>; deleting it also ends the engine and frees the model.</summary>
internal sealed class TessBaseApiHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        TesseractNative.TessBaseAPIDelete(handle);
        return true;
    }
}

/// <summary>Owns a Leptonica <c>PIX*</c>.</summary>
internal sealed class PixHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        var pix = handle;
        TesseractNative.pixDestroy(ref pix);
        return true;
    }
}
