using EdocMan.Search.Printing.Layout;

namespace EdocMan.Search.Printing.Tests.Layout;

public sealed class ParagraphStyleTests
{
    [Theory]
    [InlineData("QUYẾT ĐỊNH", "CentredHeading")]
    [InlineData("ỦY BAN NHÂN DÂN", "CentredHeading")]
    [InlineData("TM. ỦY BAN NHÂN DÂN", "CentredHeading")]
    [InlineData("I. MỤC ĐÍCH, YÊU CẦU", "NumberedHeading")]
    [InlineData("2. NHIỆM VỤ CỤ THỂ", "NumberedHeading")]
    [InlineData("Số: 31/2014/QĐ-UBND", "Body")]
    [InlineData("Điều 1. Phạm vi điều chỉnh", "Body")]
    [InlineData("--------", "Body")]
    [InlineData("HĐND", "CentredHeading")]
    [InlineData("TM.", "Body")]
    public void Classifies_administrative_lines(string line, string expected)
    {
        Assert.Equal(expected, ParagraphStyle.Classify(line).ToString());
    }
}
