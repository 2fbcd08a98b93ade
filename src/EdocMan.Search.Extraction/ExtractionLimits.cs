namespace EdocMan.Search.Extraction;

/// <summary>
/// The Vietnamese reasons given when a file goes over a limit of <see cref="Core.Options.ExtractionOptions"/>
/// or yields nothing.
/// </summary>
internal static class ExtractionLimits
{
    public static string TooManyPages(int pages, int limit, bool orMore = false) =>
        $"Tài liệu có {pages}{(orMore ? " trang trở lên" : " trang")}, vượt quá giới hạn {limit} trang; " +
        "hãy tách thành các tệp nhỏ hơn rồi tải lên lại.";

    public static string PageTimedOut(int page, TimeSpan limit) =>
        $"Trang {page}: nhận dạng chữ quá {limit.TotalSeconds:0.#} giây nên đã bỏ qua; hãy kiểm tra chất lượng bản quét.";

    public const string NoTextRecognised =
        "Không nhận dạng được chữ nào: ảnh trống, nhiễu hoặc quá mờ. Hãy quét lại bản giấy ở 300 dpi rồi tải lên lại.";

    private const string NoTextSuffix = ": không nhận dạng được chữ nào (trang trắng, nhiễu hoặc quá mờ).";

    public static string NoTextOnPage(int page) => $"Trang {page}{NoTextSuffix}";

    /// <summary>
    /// Why a document whose pages all came out empty failed: the first page problem other than "no text"
    /// (a time-out, an oversized image), else <see cref="NoTextRecognised"/>.
    /// </summary>
    public static string NothingRead(IEnumerable<Core.Ingestion.ExtractedPage> pages) =>
        pages.Select(p => p.Note).FirstOrDefault(n => n is not null && !n.EndsWith(NoTextSuffix, StringComparison.Ordinal))
        ?? NoTextRecognised;

    public static string ToolTimedOut(string what, TimeSpan limit) =>
        $"Chuyển đổi {what} quá {limit.TotalSeconds:0.#} giây nên đã dừng; tệp có thể bị hỏng hoặc quá phức tạp.";
}
