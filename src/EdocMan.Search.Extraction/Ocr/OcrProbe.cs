using EdocMan.Search.Core.Options;

namespace EdocMan.Search.Extraction.Ocr;

/// <summary>
/// Checks that Tesseract and the Vietnamese model are installed, for the health endpoint and startup logs.
/// </summary>
/// <remarks>
/// Loading the library is attempted once per process (a missing shared library does not appear
/// later); the tessdata folders are looked at on every call, so installing the model is noticed
/// without a restart. <threadsafety>Thread-safe.</threadsafety>
/// </remarks>
public sealed class OcrProbe
{
    /// <summary>The reason given when libtesseract cannot be loaded.</summary>
    public const string LibraryMissingReason =
        "Không nạp được thư viện nhận dạng ký tự Tesseract (libtesseract.so.5); hãy cài gói libtesseract5.";

    private static readonly Lazy<(string? Version, string? Error)> Library = new(LoadLibrary);

    /// <summary>Reports what is installed, according to <paramref name="options"/>. Never throws.</summary>
    public OcrHealth Check(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (version, error) = Library.Value;
        var searched = TessdataLocator.Candidates(options.TessdataPaths);
        var tessdata = TessdataLocator.Find(options.TessdataPaths);
        var problem = error
            ?? (tessdata is null ? MissingModelReason(searched) : null);
        return new OcrHealth(version is not null, version, tessdata, searched,
            NativeEnvironment.Get("OMP_THREAD_LIMIT"), problem);
    }

    /// <summary>The reason given when no folder holds vie.traineddata.</summary>
    internal static string MissingModelReason(IReadOnlyList<string> searched) =>
        "Không tìm thấy dữ liệu nhận dạng tiếng Việt (vie.traineddata) trong: " + string.Join(", ", searched) +
        "; hãy cài gói tesseract-ocr-vie hoặc chép tệp vào thư mục tessdata.";

    private static (string?, string?) LoadLibrary()
    {
        try
        {
            return (TesseractNative.Version(), null);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return (null, LibraryMissingReason);
        }
    }
}
