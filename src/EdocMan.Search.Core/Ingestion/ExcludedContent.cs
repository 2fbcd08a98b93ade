using System.Text.RegularExpressions;

namespace EdocMan.Search.Core.Ingestion;

/// <summary>
/// Finds content the seed regulation (Art. 3.2) keeps out of the system: documents with a secrecy mark
/// (MẬT, TỐI MẬT, TUYỆT MẬT) near the heading, and complaints or denunciations (ĐƠN KHIẾU NẠI, ĐƠN TỐ CÁO).
/// </summary>
/// <remarks>
/// Implementation note: only the heading is looked at (the first lines of the first page), where
/// Decree 30 places the secrecy stamp and the document's name; a regulation that merely mentions
/// "bí mật nhà nước" or "khiếu nại, tố cáo" in its body is not refused. The secrecy mark is a word in
/// capitals standing alone, not the "MẬT" of "BÍ MẬT" or "BẢO MẬT". Pure and thread-safe.
/// </remarks>
public static partial class ExcludedContent
{
    public const string SecretRefusal = "Văn bản có dấu chỉ độ mật (MẬT / TỐI MẬT / TUYỆT MẬT) không được cập nhật vào phần mềm.";
    public const string ComplaintRefusal = "Đơn thư khiếu nại, tố cáo không được cập nhật vào phần mềm.";

    // About the top quarter of an A4 page: agency name, number, national motto, date, title.
    private const int HeadingLength = 600;

    /// <summary>The refusal message, or <c>null</c> when the text may be registered and indexed.</summary>
    public static string? Check(ExtractedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.Pages.OrderBy(p => p.Number).FirstOrDefault(p => !string.IsNullOrWhiteSpace(p.Text))?.Text ?? string.Empty;
        var heading = first.Length <= HeadingLength ? first : first[..HeadingLength];
        if (SecrecyMark().IsMatch(heading))
        {
            return SecretRefusal;
        }
        return Complaint().IsMatch(heading) ? ComplaintRefusal : null;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?<!(BÍ|BẢO)\s)(TUYỆT\s+MẬT|TỐI\s+MẬT|MẬT)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex SecrecyMark();

    [GeneratedRegex(@"(?<![\p{L}])ĐƠN\s+(KHIẾU\s+NẠI|TỐ\s+CÁO)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Complaint();
}
