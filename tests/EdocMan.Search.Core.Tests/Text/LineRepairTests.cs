using EdocMan.Search.Core.Text;

namespace EdocMan.Search.Core.Tests.Text;

public sealed class LineRepairTests
{
    private static string Repair(string text) => LineRepair.Repair(text, SyllableLexicon.Default);

    [Theory]
    [InlineData("Quy chế này quy định việc quản lý\nsử dụng phần mềm", "Quy chế này quy định việc quản lý sử dụng phần mềm")]
    [InlineData("các cơ quan hành chính nhà nước,\ncán bộ, công chức", "các cơ quan hành chính nhà nước, cán bộ, công chức")]
    [InlineData("phát triển kinh tế-\nxã hội", "phát triển kinh tế-xã hội")]
    [InlineData("mọi ng-\nười dân", "mọi người dân")]
    [InlineData("the docu-\nment", "the document")]
    public void Broken_lines_and_hyphenations_are_joined(string input, string expected) =>
        Assert.Equal(expected, Repair(input));

    [Theory]
    [InlineData("Điều 1. Phạm vi\n\nquy chế này")]
    [InlineData("hiệu lực từ ngày ký.\nsau đó")]
    [InlineData("Nơi nhận:\n- Bộ TT và TT (B/c);\n- TT Tỉnh ủy (B/c);")]
    [InlineData("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA")]
    [InlineData("QUYẾT ĐỊNH:\nĐiều 1.")]
    [InlineData("một dòng")]
    public void Real_line_ends_are_kept(string input) => Assert.Equal(input, Repair(input));
}
