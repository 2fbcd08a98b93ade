using System.Text;
using EdocMan.Search.Printing;
using PdfSharp.Drawing;
using PdfSharp.Pdf.IO;

namespace EdocMan.Search.Testing;

/// <summary>
/// Real PDFs for tests, made with the production <see cref="TextPdfRenderer"/>, and broken variants of them.
/// </summary>
public static class PdfFactory
{
    private static readonly TextPdfRenderer Renderer = new();

    /// <summary>A short Vietnamese administrative text with the letters that break naive pipelines.</summary>
    public const string VietnameseSample =
        "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 31/2014/QĐ-UBND\nSơn La, ngày 13 tháng 11 năm 2014\n\n" +
        "QUYẾT ĐỊNH\nVề việc ban hành Quy chế quản lý, sử dụng phần mềm quản lý văn bản\n\n" +
        "Điều 1. Đơn vị phải bảo đảm đường truyền, lưu trữ và bồi dưỡng cán bộ sử dụng thành thạo.";

    /// <summary>Renders <paramref name="text"/> to PDF bytes.</summary>
    public static byte[] FromText(string text, PdfRenderOptions? options = null) => Renderer.Render(text, options);

    /// <summary>The PDF of <see cref="VietnameseSample"/>.</summary>
    public static byte[] Vietnamese() => FromText(VietnameseSample);

    /// <summary>A text long enough to fill <paramref name="pages"/> or more A4 pages at the default size.</summary>
    public static string LongText(int pages)
    {
        var builder = new StringBuilder();
        // Roughly 45 lines fit a page; each paragraph wraps to two or three lines plus a half-line gap.
        for (var i = 1; i <= pages * 18; i++)
        {
            builder.Append("Điều ").Append(i).Append(". Cơ quan, đơn vị có trách nhiệm cập nhật văn bản đến, ")
                .Append("văn bản đi lên phần mềm quản lý văn bản và hồ sơ công việc đúng thời hạn quy định.\n\n");
        }
        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="pdf"/> encrypted (AES or RC4, PDFsharp's default) so that it opens only with
    /// <paramref name="userPassword"/>.
    /// </summary>
    public static byte[] PasswordProtected(byte[] pdf, string userPassword = "matkhau")
    {
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        document.SecuritySettings.UserPassword = userPassword;
        document.SecuritySettings.OwnerPassword = userPassword + "-owner";
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>
    /// <paramref name="pdf"/> with only an owner password (printing and copying restricted): it is
    /// encrypted, but opens without a password, as most "protected" official PDFs do.
    /// </summary>
    public static byte[] OwnerPasswordOnly(byte[] pdf)
    {
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        document.SecuritySettings.OwnerPassword = "chu-so-huu";
        document.SecuritySettings.PermitExtractContent = false;
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>
    /// <paramref name="pdf"/> with one more page that has drawings but no text, like a scanned page
    /// as far as the text layer is concerned.
    /// </summary>
    public static byte[] WithPageWithoutText(byte[] pdf)
    {
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            graphics.DrawRectangle(XPens.Black, XBrushes.LightGray, 72, 72, 300, 200);
            graphics.DrawEllipse(XPens.DarkRed, 100, 400, 200, 120);
        }
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>The first half of a valid PDF: what an interrupted upload leaves behind.</summary>
    public static byte[] Truncated(byte[] pdf) => pdf[..(pdf.Length / 2)];

    /// <summary>A "%PDF-1.7" header followed by random bytes: passes the sniffer, fails any parser.</summary>
    public static byte[] HeaderThenGarbage(int length = 4096, int seed = 42)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }
}
