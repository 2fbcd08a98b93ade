using System.Text;
using EdocMan.Search.Printing.Tables;
using UglyToad.PdfPig;

namespace EdocMan.Search.Printing.Tests.Tables;

public sealed class TablePdfRendererTests
{
    private static readonly TableColumn[] Columns = [new("Số đến", 1), new("Tên loại và trích yếu nội dung", 5), new("Ký nhận", 2)];

    private static string Squash(string text) => string.Concat(text.Normalize(NormalizationForm.FormC).Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void Long_tables_flow_onto_landscape_pages_that_repeat_the_header()
    {
        var rows = Enumerable.Range(1, 120)
            .Select(i => (IReadOnlyList<string>)[i.ToString("00"), $"Quyết định về việc phê duyệt kế hoạch số {i} của Ủy ban nhân dân tỉnh Sơn La", ""])
            .ToList();
        var pdf = new TablePdfRenderer().Render(new TableDocument("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", ["Sở Giao thông vận tải"], Columns, rows, ["NGƯỜI LẬP SỔ"]));

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages > 1);
        foreach (var page in document.GetPages())
        {
            Assert.True(page.Width > page.Height);
            Assert.Contains(Squash("Tên loại và trích yếu nội dung"), Squash(page.Text));
        }
        var all = Squash(string.Concat(document.GetPages().Select(p => p.Text)));
        Assert.Contains(Squash("kế hoạch số 120 của Ủy ban nhân dân tỉnh Sơn La"), all);
        Assert.Contains("NGƯỜILẬPSỔ", all);
    }

    [Fact]
    public void A_row_taller_than_a_page_is_cut_not_lost()
    {
        var huge = string.Join(' ', Enumerable.Repeat("trích yếu rất dài", 2000));
        var pdf = new TablePdfRenderer().Render(new TableDocument("Sổ", [], Columns, [["01", huge, ""], ["02", "dòng sau", ""]], []));

        using var document = PdfDocument.Open(pdf);
        var all = Squash(string.Concat(document.GetPages().Select(p => p.Text)));
        Assert.Contains("…", all);
        Assert.Contains("dòngsau", all);
    }
}
