using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;

namespace EdocMan.Search.Core.Tests.Ingestion;

public sealed class ExcludedContentTests
{
    private static string? Check(params string[] pages) =>
        ExcludedContent.Check(new ExtractedText(pages.Select((t, i) => new ExtractedPage(i + 1, t, TextSource.TextLayer)).ToList()));

    [Theory]
    [InlineData("UBND TỈNH SƠN LA\nMẬT\nQUYẾT ĐỊNH")]
    [InlineData("BỘ CÔNG AN   TỐI MẬT   Số: 12/QĐ-BCA")]
    [InlineData("TUYỆT MẬT\nCHỈ THỊ")]
    public void Secrecy_marks_near_the_heading_are_refused(string heading) =>
        Assert.Equal(ExcludedContent.SecretRefusal, Check(heading));

    [Theory]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐƠN KHIẾU NẠI\nKính gửi")]
    [InlineData("Độc lập - Tự do - Hạnh phúc\nĐơn tố cáo\nKính gửi")]
    public void Complaints_and_denunciations_are_refused(string heading) =>
        Assert.Equal(ExcludedContent.ComplaintRefusal, Check(heading));

    [Theory]
    [InlineData("QUY CHẾ BẢO VỆ BÍ MẬT NHÀ NƯỚC\nĐiều 1.")]
    [InlineData("QUYẾT ĐỊNH ban hành quy chế\nĐiều 3. Không cập nhật văn bản mật, đơn thư khiếu nại, tố cáo")]
    [InlineData("Mật độ dân số")]
    public void Mentions_in_ordinary_documents_are_not_refused(string text) => Assert.Null(Check(text));

    [Fact]
    public void Only_the_heading_is_read()
    {
        var body = "QUYẾT ĐỊNH\n" + new string('x', 700) + "\nMẬT";
        Assert.Null(Check(body));
        Assert.Null(Check("QUYẾT ĐỊNH", "MẬT"));
    }
}
