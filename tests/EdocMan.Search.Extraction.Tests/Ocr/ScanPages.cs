using EdocMan.Search.Testing;

namespace EdocMan.Search.Extraction.Tests.Ocr;

/// <summary>
/// Scanned pages with their ground truth, made once per test class: an administrative page rendered
/// with DejaVu Serif by the production PDF renderer, rasterised at 300 dpi by pdftoppm (the "clean
/// scan"), and the same page degraded like an office scanner's output (1.3° skew, grain, blur, JPEG q55).
/// </summary>
public sealed class ScanPages
{
    /// <summary>What page 1 says; the words "Bản quét" and "lưu trữ" appear nowhere else in the tests.</summary>
    public const string Truth =
        "ỦY BAN NHÂN DÂN TỈNH SƠN LA\n" +
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
        "Số: 1245/QĐ-UBND\n" +
        "Sơn La, ngày 13 tháng 11 năm 2014\n\n" +
        "QUYẾT ĐỊNH\n" +
        "Về việc phê duyệt kế hoạch số hóa tài liệu lưu trữ\n\n" +
        "Điều 1. Phê duyệt kế hoạch số hóa tài liệu lưu trữ của các sở, ban, ngành. Bản quét phải rõ nét, " +
        "đủ trang và được lưu trữ cùng bản gốc.\n\n" +
        "Điều 2. Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm hướng dẫn, kiểm tra việc thực hiện.";

    /// <summary>A second, different page, for documents of several pages.</summary>
    public const string SecondTruth =
        "Điều 3. Giám đốc Sở Thông tin và Truyền thông, Thủ trưởng các cơ quan, đơn vị có liên quan " +
        "chịu trách nhiệm thi hành Quyết định này.\n\nNơi nhận: Như Điều 3; Lưu: VT.";

    private readonly Lazy<byte[]> _clean = new(() => Render(Truth));
    private readonly Lazy<byte[]> _second = new(() => Render(SecondTruth));
    private readonly Lazy<byte[]> _degraded;
    private readonly Lazy<byte[]> _jpeg;

    public ScanPages()
    {
        _degraded = new(() => ScanDegrader.Degrade(_clean.Value));
        _jpeg = new(() => ScanDegrader.ToJpeg(_clean.Value));
    }

    /// <summary>Page 1, A4 at 300 dpi, PNG as pdftoppm writes it.</summary>
    public byte[] CleanPng => _clean.Value;

    /// <summary>Page 1 as a grey JPEG (quality 85), as most scanners deliver.</summary>
    public byte[] CleanJpeg => _jpeg.Value;

    /// <summary>Page 1 skewed, noisy, blurred and JPEG q55.</summary>
    public byte[] DegradedJpeg => _degraded.Value;

    /// <summary>Page 2, A4 at 300 dpi, PNG.</summary>
    public byte[] SecondPng => _second.Value;

    /// <summary>The text PDF page 1 was rasterised from.</summary>
    public static byte[] TruthPdf(string text) => PdfFactory.FromText(text);

    private static byte[] Render(string text) => PdfRasterizer.FirstPage(TruthPdf(text), PdfRasterizer.Format.Png, 300);
}
