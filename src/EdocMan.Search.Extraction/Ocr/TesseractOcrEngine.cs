using System.Runtime.InteropServices;

namespace EdocMan.Search.Extraction.Ocr;

/// <summary>
/// One Tesseract engine with a loaded model: recognises images, one at a time.
/// </summary>
/// <remarks>
/// <para>
/// Creating an engine loads the model (about 150–190 ms), so an engine is kept and reused for many
/// images. It holds native state for the image being recognised, so it must never be used by two
/// threads at once: give each worker thread its own engine (see <see cref="ImageOcrExtractor"/>'s pool).
/// </para>
/// <para>
/// OpenMP is limited to one thread before libtesseract is loaded; parallelise across pages instead.
/// A page takes about 1.5–3 s on this hardware.
/// </para>
/// <threadsafety>Not thread-safe. Instances must not be shared between concurrent callers.</threadsafety>
/// </remarks>
public sealed class TesseractOcrEngine : IDisposable
{
    private readonly TessBaseApiHandle _api;

    /// <summary>Creates an engine and loads the model.</summary>
    /// <param name="tessdataPath">The tessdata folder itself (the one holding <c>vie.traineddata</c>).</param>
    /// <param name="languages">A Tesseract language string such as "vie" or "vie+eng".</param>
    /// <exception cref="DllNotFoundException">libtesseract.so.5 or liblept.so.5 is not installed.</exception>
    /// <exception cref="InvalidOperationException">The model could not be loaded from <paramref name="tessdataPath"/>.</exception>
    public TesseractOcrEngine(string tessdataPath, string languages = TessdataLocator.RequiredLanguage)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tessdataPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(languages);
        _api = TesseractNative.TessBaseAPICreate();
        if (_api.IsInvalid)
        {
            throw new InvalidOperationException("TessBaseAPICreate returned null.");
        }
        if (TesseractNative.TessBaseAPIInit2(_api, tessdataPath, languages, TesseractNative.OcrEngineModeLstmOnly) != 0)
        {
            _api.Dispose();
            throw new InvalidOperationException($"Tesseract could not load the languages '{languages}' from {tessdataPath}.");
        }
        TesseractNative.TessBaseAPISetPageSegMode(_api, TesseractNative.PageSegModeAuto);
        Languages = languages;
    }

    /// <summary>The languages the engine was loaded with.</summary>
    public string Languages { get; }

    /// <summary>Tells whether Leptonica can decode <paramref name="image"/> (PNG, JPEG, TIFF, …).</summary>
    /// <exception cref="DllNotFoundException">liblept.so.5 is not installed.</exception>
    public static bool CanDecode(byte[] image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Length == 0)
        {
            return false;
        }
        using var pix = TesseractNative.pixReadMem(image, (nuint)image.Length);
        return !pix.IsInvalid;
    }

    /// <summary>Recognises the text of an encoded image (PNG, JPEG, or the first page of a TIFF).</summary>
    /// <exception cref="InvalidDataException">The bytes are not an image Leptonica can decode.</exception>
    /// <exception cref="ObjectDisposedException">The engine was disposed.</exception>
    public OcrResult Recognize(byte[] image)
    {
        ArgumentNullException.ThrowIfNull(image);
        ObjectDisposedException.ThrowIf(_api.IsClosed, this);
        if (image.Length == 0)
        {
            throw new InvalidDataException("The image is empty.");
        }
        using var pix = TesseractNative.pixReadMem(image, (nuint)image.Length);
        if (pix.IsInvalid)
        {
            throw new InvalidDataException("Leptonica could not decode the image.");
        }
        try
        {
            // SetImage2 takes its own reference to the pix, so ours can be released right after.
            TesseractNative.TessBaseAPISetImage2(_api, pix);
            var textPointer = TesseractNative.TessBaseAPIGetUTF8Text(_api);
            string text;
            try
            {
                text = Marshal.PtrToStringUTF8(textPointer) ?? string.Empty;
            }
            finally
            {
                if (textPointer != IntPtr.Zero)
                {
                    TesseractNative.TessDeleteText(textPointer);
                }
            }
            var confidence = TesseractNative.TessBaseAPIMeanTextConf(_api);
            return new OcrResult(text, Math.Clamp(confidence, 0, 100));
        }
        finally
        {
            TesseractNative.TessBaseAPIClear(_api);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _api.Dispose();
}
