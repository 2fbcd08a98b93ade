using System.Runtime.InteropServices;

namespace EdocMan.Search.Extraction.Ocr;

/// <summary>
/// One Tesseract engine with a loaded model: recognises images, one at a time.
/// </summary>
/// <remarks>
/// <para>
/// Creating an engine loads the model (about 150–190 ms), so an engine is kept and reused for many
/// images. It holds native state for the image being recognised, so it must never be used by two
/// threads at once: give each worker thread its own engine (see <see cref="OcrService"/>'s pool).
/// </para>
/// <para>
/// OpenMP is limited to one thread before libtesseract is loaded; parallelise across pages instead.
/// A page takes about 1.5–3 s on this hardware.
/// </para>
/// <para>
/// With <c>detectOrientation</c>, pages are segmented with orientation detection (PSM_AUTO_OSD), which
/// needs <c>osd.traineddata</c> beside the model; without the file it is skipped.
/// </para>
/// <threadsafety>Not thread-safe. Instances must not be shared between concurrent callers.</threadsafety>
/// </remarks>
public sealed class TesseractOcrEngine : IDisposable
{
    /// <summary>Words under this confidence (0–100) are listed in <see cref="OcrResult.UncertainWords"/>.</summary>
    public const float UncertainBelow = 60;

    private const int PageSegModeAutoOsd = 1;

    private readonly TessBaseApiHandle _api;

    /// <summary>Creates an engine and loads the model.</summary>
    /// <param name="tessdataPath">The tessdata folder itself (the one holding <c>vie.traineddata</c>).</param>
    /// <param name="languages">A Tesseract language string such as "vie" or "vie+eng".</param>
    /// <param name="detectOrientation">Turn pages scanned sideways or upside down, when osd.traineddata is there.</param>
    /// <exception cref="DllNotFoundException">libtesseract.so.5 or liblept.so.5 is not installed.</exception>
    /// <exception cref="InvalidOperationException">The model could not be loaded from <paramref name="tessdataPath"/>.</exception>
    public TesseractOcrEngine(string tessdataPath, string languages = TessdataLocator.RequiredLanguage, bool detectOrientation = false)
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
        // Tesseract prints diagnostics ("OSD: Weak margin ...") to stderr for every page; the service logs its own.
        TesseractNative.TessBaseAPISetVariable(_api, "debug_file", "/dev/null");
        DetectsOrientation = detectOrientation && File.Exists(Path.Combine(tessdataPath, "osd.traineddata"));
        TesseractNative.TessBaseAPISetPageSegMode(_api, DetectsOrientation ? PageSegModeAutoOsd : TesseractNative.PageSegModeAuto);
        Languages = languages;
        TessdataPath = tessdataPath;
    }

    /// <summary>The languages the engine was loaded with.</summary>
    public string Languages { get; }

    /// <summary>The tessdata folder the model came from.</summary>
    public string TessdataPath { get; }

    /// <summary>Whether pages are turned upright by Tesseract's orientation detection.</summary>
    public bool DetectsOrientation { get; }

    /// <summary>Called each time a page is handed to Tesseract's recognition (so the owner can count them).</summary>
    internal Action? Recognising { get; init; }

    /// <summary>Tells whether Leptonica can decode <paramref name="image"/> (PNG, JPEG, TIFF, …).</summary>
    /// <exception cref="DllNotFoundException">liblept.so.5 is not installed.</exception>
    public static bool CanDecode(byte[] image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Length == 0)
        {
            return false;
        }
        using var pix = Leptonica.Read(image);
        return !pix.IsInvalid;
    }

    /// <summary>Recognises the text of an encoded image (PNG, JPEG, or the first page of a TIFF).</summary>
    /// <exception cref="InvalidDataException">The bytes are not an image Leptonica can decode.</exception>
    /// <exception cref="ObjectDisposedException">The engine was disposed.</exception>
    public OcrResult Recognize(byte[] image)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var pix = OcrImageDecoder.Decode(image, 0, long.MaxValue);
        return Recognize(pix, null, Timeout.InfiniteTimeSpan, CancellationToken.None);
    }

    /// <summary>
    /// Recognises a decoded image within <paramref name="timeout"/>. The limit and the token are checked
    /// between words; layout analysis before the first word cannot be interrupted (it takes well under a
    /// second on a normal page).
    /// </summary>
    /// <param name="pix">The decoded image; the caller keeps ownership.</param>
    /// <param name="dpi">The resolution when the image does not say (images taken out of PDFs); null to trust the image.</param>
    /// <param name="timeout">Longest recognition time, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="ct">Stops recognition between words.</param>
    /// <param name="withResults">
    /// When set, called with the engine right after recognition, while its results are still there (the PDF
    /// renderer reads them instead of recognising again).
    /// </param>
    /// <exception cref="TimeoutException">The page took longer than <paramref name="timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    internal OcrResult Recognize(PixHandle pix, int? dpi, TimeSpan timeout, CancellationToken ct, Action<TessBaseApiHandle>? withResults = null)
    {
        ObjectDisposedException.ThrowIf(_api.IsClosed, this);
        ct.ThrowIfCancellationRequested();
        try
        {
            // SetImage2 takes its own reference to the pix, so the caller's can be released right after.
            TesseractNative.TessBaseAPISetImage2(_api, pix);
            if (dpi is { } ppi)
            {
                TesseractNative.TessBaseAPISetSourceResolution(_api, ppi);
            }
            RecognizeWithMonitor(timeout, ct);
            withResults?.Invoke(_api);
            var text = TakeText(TesseractNative.TessBaseAPIGetUTF8Text(_api));
            // On a page without words (blank, noise) Tesseract still reports a high mean confidence.
            if (!text.Any(char.IsLetterOrDigit))
            {
                return new OcrResult(string.Empty, 0);
            }
            var confidence = TesseractNative.TessBaseAPIMeanTextConf(_api);
            return new OcrResult(text, Math.Clamp(confidence, 0, 100), UncertainWords());
        }
        finally
        {
            TesseractNative.TessBaseAPIClear(_api);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _api.Dispose();

    private unsafe void RecognizeWithMonitor(TimeSpan timeout, CancellationToken ct)
    {
        Recognising?.Invoke();
        using var monitor = TesseractNative.TessMonitorCreate();
        var token = GCHandle.Alloc(new CancelState(ct));
        try
        {
            TesseractNative.TessMonitorSetCancelFunc(monitor, &ShouldCancel);
            TesseractNative.TessMonitorSetCancelThis(monitor, GCHandle.ToIntPtr(token));
            if (timeout != Timeout.InfiniteTimeSpan)
            {
                TesseractNative.TessMonitorSetDeadlineMSecs(monitor, (int)Math.Clamp(timeout.TotalMilliseconds, 1, int.MaxValue));
            }
            if (TesseractNative.TessBaseAPIRecognize(_api, monitor) != 0)
            {
                ct.ThrowIfCancellationRequested();
                throw new TimeoutException($"OCR of the page took longer than {timeout.TotalSeconds:0.###} s.");
            }
        }
        finally
        {
            token.Free();
        }
    }

    // Called by Tesseract between words, on the recognising thread.
    [UnmanagedCallersOnly]
    private static byte ShouldCancel(IntPtr state, int words) =>
        ((CancelState)GCHandle.FromIntPtr(state).Target!).Token.IsCancellationRequested ? (byte)1 : (byte)0;

    private List<string> UncertainWords()
    {
        var words = new List<string>();
        var iterator = TesseractNative.TessBaseAPIGetIterator(_api);
        if (iterator == IntPtr.Zero)
        {
            return words;
        }
        try
        {
            do
            {
                if (TesseractNative.TessResultIteratorConfidence(iterator, TesseractNative.LevelWord) < UncertainBelow)
                {
                    var word = TakeText(TesseractNative.TessResultIteratorGetUTF8Text(iterator, TesseractNative.LevelWord));
                    if (word.Length > 0)
                    {
                        words.Add(word);
                    }
                }
            }
            while (TesseractNative.TessResultIteratorNext(iterator, TesseractNative.LevelWord) != 0);
        }
        finally
        {
            TesseractNative.TessResultIteratorDelete(iterator);
        }
        return words;
    }

    private static string TakeText(IntPtr pointer)
    {
        try
        {
            return Marshal.PtrToStringUTF8(pointer) ?? string.Empty;
        }
        finally
        {
            if (pointer != IntPtr.Zero)
            {
                TesseractNative.TessDeleteText(pointer);
            }
        }
    }

    private sealed record CancelState(CancellationToken Token);
}
