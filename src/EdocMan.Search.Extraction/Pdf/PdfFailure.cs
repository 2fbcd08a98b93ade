using System.Text;
using UglyToad.PdfPig.Exceptions;

namespace EdocMan.Search.Extraction.Pdf;

/// <summary>
/// Turns whatever went wrong while reading a PDF into the reason a clerk reads: what is wrong with the
/// file, and what to do about it.
/// </summary>
/// <remarks>
/// Implementation note: PdfPig's exceptions are English and technical, and a truncated upload, a
/// renamed Word file and a damaged cross-reference table all surface as "could not find xref".
/// The bytes themselves tell those cases apart, so they are inspected first; PdfPig's message is kept
/// only as a technical detail for support.
/// </remarks>
internal static class PdfFailure
{
    public const string PasswordProtected = "Tệp PDF được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.";

    private const string Prefix = "Tệp PDF bị hỏng hoặc không đọc được: ";
    private const string Advice = " Hãy mở tệp trên máy, lưu (hoặc in) lại thành PDF rồi tải lên lại.";
    private const int MaxDetailLength = 160;

    public static string Empty => Corrupt("tệp rỗng (0 byte).");

    public static string NoPages => Corrupt("tài liệu không có trang nào.");

    public static string PageUnreadable(int page, Exception error) =>
        Corrupt($"không đọc được trang {page} ({Technical(error)}).");

    /// <summary>The reason for <paramref name="error"/>, raised while opening or reading <paramref name="content"/>.</summary>
    public static string Describe(Exception error, SeekableContent content)
    {
        if (error is PdfDocumentEncryptedException)
        {
            return PasswordProtected;
        }
        return Corrupt(DiagnoseBytes(content) ?? $"cấu trúc bên trong không hợp lệ ({Technical(error)}).");
    }

    private static string Corrupt(string detail) => Prefix + detail + Advice;

    private static string? DiagnoseBytes(SeekableContent content)
    {
        try
        {
            if (content.Stream.Length == 0)
            {
                return "tệp rỗng (0 byte).";
            }
            var head = content.ReadRange(0, 1024);
            if (head.AsSpan().IndexOf("%PDF-"u8) < 0)
            {
                return "tệp không phải định dạng PDF (thiếu phần đầu %PDF).";
            }
            // Every PDF object reads "n 0 obj"; random bytes behind a %PDF header almost never do.
            if (content.ReadRange(0, 64 * 1024).AsSpan().IndexOf(" obj"u8) < 0)
            {
                return "nội dung sau phần đầu %PDF không phải dữ liệu PDF.";
            }
            // Writers end the file with %%EOF, possibly followed by a newline or padding.
            var tail = content.ReadRange(-1024, 1024);
            if (tail.AsSpan().IndexOf("%%EOF"u8) < 0)
            {
                return "tệp bị cắt cụt, thiếu phần cuối (có thể do tải lên hoặc sao chép bị gián đoạn).";
            }
            return null;
        }
        catch (IOException)
        {
            return "không đọc được nội dung tệp.";
        }
    }

    private static string Technical(Exception error)
    {
        var message = new StringBuilder("chi tiết kỹ thuật: ").Append(error.GetType().Name);
        if (!string.IsNullOrWhiteSpace(error.Message))
        {
            var text = error.Message.ReplaceLineEndings(" ").Trim();
            message.Append(" – ").Append(text.Length > MaxDetailLength ? text[..MaxDetailLength] + "…" : text);
        }
        return message.ToString();
    }
}
