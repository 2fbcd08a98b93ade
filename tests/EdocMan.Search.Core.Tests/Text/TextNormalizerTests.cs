using EdocMan.Search.Core.Text;

namespace EdocMan.Search.Core.Tests.Text;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Decomposed_Vietnamese_becomes_composed()
    {
        var nfd = "Quyê\u0301t đi\u0323nh";
        Assert.Equal("Quyết định", TextNormalizer.Normalize(nfd));
    }

    [Theory]
    [InlineData("sử\u00ADdụng", "sửdụng")]
    [InlineData("quản\u200Blý", "quảnlý")]
    [InlineData("\uFEFFVăn bản", "Văn bản")]
    [InlineData("\u00D0ơn thư", "Đơn thư")]
    public void Invisible_characters_are_removed_and_Eth_becomes_D_with_stroke(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void Whitespace_is_collapsed_but_paragraphs_are_kept()
    {
        var input = "Điều 1.\t Phạm vi   điều chỉnh  \r\n\r\n\r\n\r\nĐiều 2.  Đối tượng\n";
        Assert.Equal("Điều 1. Phạm vi điều chỉnh\n\nĐiều 2. Đối tượng", TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Control_characters_do_not_survive()
    {
        Assert.Equal("a b", TextNormalizer.Normalize("a\u0001\u0007b"));
    }

    [Fact]
    public void Empty_stays_empty() => Assert.Equal(string.Empty, TextNormalizer.Normalize(""));
}
