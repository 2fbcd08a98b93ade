using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace EdocMan.Search.Extraction.Ocr;

// Recognition with a progress monitor (time limit, cancellation), orientation detection and the
// PDF renderer: the parts of capi.h beyond "set image, get text".
internal static partial class TesseractNative
{
    /// <summary>Page segmentation: orientation and script detection only (needs osd.traineddata).</summary>
    public const int PageSegModeOsdOnly = 0;

    /// <summary>Returns 0 on success, -1 when recognition was stopped by the monitor (deadline or cancel).</summary>
    [LibraryImport(TesseractLibrary)]
    public static partial int TessBaseAPIRecognize(TessBaseApiHandle handle, TessMonitorHandle monitor);

    /// <summary>Sets a Tesseract parameter; returns 0 when the name is unknown.</summary>
    [LibraryImport(TesseractLibrary, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPISetVariable(TessBaseApiHandle handle, string name, string value);

    [LibraryImport(TesseractLibrary)]
    public static partial void TessBaseAPISetSourceResolution(TessBaseApiHandle handle, int ppi);

    /// <summary>Returns true (non-zero) when the orientation could be found; the script name is owned by Tesseract.</summary>
    [LibraryImport(TesseractLibrary)]
    [return: MarshalAs(UnmanagedType.I1)]
    public static partial bool TessBaseAPIDetectOrientationScript(
        TessBaseApiHandle handle, out int orientationDegrees, out float orientationConfidence,
        out IntPtr scriptName, out float scriptConfidence);

    /// <summary>Page iterator level of a word.</summary>
    public const int LevelWord = 3;

    /// <summary>An iterator over the last recognition's results, or null; free with <see cref="TessResultIteratorDelete"/>.</summary>
    [LibraryImport(TesseractLibrary)]
    public static partial IntPtr TessBaseAPIGetIterator(TessBaseApiHandle handle);

    [LibraryImport(TesseractLibrary)]
    public static partial void TessResultIteratorDelete(IntPtr iterator);

    /// <summary>The text at <paramref name="level"/>; free with <see cref="TessDeleteText"/>.</summary>
    [LibraryImport(TesseractLibrary)]
    public static partial IntPtr TessResultIteratorGetUTF8Text(IntPtr iterator, int level);

    [LibraryImport(TesseractLibrary)]
    public static partial float TessResultIteratorConfidence(IntPtr iterator, int level);

    [LibraryImport(TesseractLibrary)]
    [return: MarshalAs(UnmanagedType.I4)]
    public static partial int TessResultIteratorNext(IntPtr iterator, int level);

    [LibraryImport(TesseractLibrary)]
    public static partial TessMonitorHandle TessMonitorCreate();

    [LibraryImport(TesseractLibrary)]
    public static partial void TessMonitorDelete(IntPtr monitor);

    [LibraryImport(TesseractLibrary)]
    public static unsafe partial void TessMonitorSetCancelFunc(TessMonitorHandle monitor, delegate* unmanaged<IntPtr, int, byte> cancel);

    [LibraryImport(TesseractLibrary)]
    public static partial void TessMonitorSetCancelThis(TessMonitorHandle monitor, IntPtr cancelThis);

    /// <summary>The deadline counts from this call, in milliseconds.</summary>
    [LibraryImport(TesseractLibrary)]
    public static partial void TessMonitorSetDeadlineMSecs(TessMonitorHandle monitor, int deadline);

    /// <summary>Writes <c>{outputBase}.pdf</c>; <paramref name="datadir"/> must hold pdf.ttf.</summary>
    [LibraryImport(TesseractLibrary, StringMarshalling = StringMarshalling.Utf8)]
    public static partial TessRendererHandle TessPDFRendererCreate(string outputBase, string datadir, int textOnly);

    [LibraryImport(TesseractLibrary)]
    public static partial void TessDeleteResultRenderer(IntPtr renderer);

    [LibraryImport(TesseractLibrary, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessResultRendererBeginDocument(TessRendererHandle renderer, string title);

    /// <summary>Adds the page last recognised by <paramref name="api"/>.</summary>
    [LibraryImport(TesseractLibrary)]
    public static partial int TessResultRendererAddImage(TessRendererHandle renderer, TessBaseApiHandle api);

    [LibraryImport(TesseractLibrary)]
    public static partial int TessResultRendererEndDocument(TessRendererHandle renderer);
}

/// <summary>Owns an <c>ETEXT_DESC*</c> progress monitor.</summary>
internal sealed class TessMonitorHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        TesseractNative.TessMonitorDelete(handle);
        return true;
    }
}

/// <summary>Owns a <c>TessResultRenderer*</c>.</summary>
internal sealed class TessRendererHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        TesseractNative.TessDeleteResultRenderer(handle);
        return true;
    }
}
