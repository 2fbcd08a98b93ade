using EdocMan.Search.Core.Text;

namespace EdocMan.Search.Core.Tests.Text;

public sealed class GluedSyllableSplitterTests
{
    private static string Repair(string text) => GluedSyllableSplitter.Default.Repair(text);

    [Theory]
    [InlineData("sửdụng", "sử dụng")]
    [InlineData("Luậttổ chức", "Luật tổ chức")]
    [InlineData("ủybannhândân", "ủy ban nhân dân")]
    [InlineData("QUẢNLÝ", "QUẢN LÝ")]
    [InlineData("HÀNH CHÍNHNHÀ NƯỚC", "HÀNH CHÍNH NHÀ NƯỚC")]
    [InlineData("12tháng", "12 tháng")]
    [InlineData("năm2004", "năm 2004")]
    [InlineData("LuậtGiao dịch", "Luật Giao dịch")]
    [InlineData("Nghịđịnh số", "Nghị định số")]
    [InlineData("cơ quanhành chính", "cơ quan hành chính")]
    [InlineData("theoquy định", "theo quy định")]
    [InlineData("phần mềmQLVB", "phần mềm QLVB")]
    [InlineData("HSCVcho", "HSCV cho")]
    [InlineData("vàHSCV", "và HSCV")]
    [InlineData("tạiKhoản 2", "tại Khoản 2")]
    [InlineData("ban,ngành", "ban, ngành")]
    [InlineData("tươngtứng", "tương tứng")]
    public void Glued_syllables_are_separated(string input, string expected) =>
        Assert.Equal(expected, Repair(input));

    [Theory]
    [InlineData("nhanh")]
    [InlineData("nghiêng")]
    [InlineData("khuỷu")]
    [InlineData("người")]
    [InlineData("NGƯỜI")]
    [InlineData("quý")]
    [InlineData("hòa hoà thủy thuỷ")]
    [InlineData("HĐND UBND QĐ-UBND STTTT TTr")]
    [InlineData("31/2014/QĐ-UBND 503/TTr-STTTT")]
    [InlineData("80b II III IV")]
    [InlineData("password user name email Account protected")]
    [InlineData("[email protected] https://tpsonla.gov.vn/edocman")]
    [InlineData("H5N1 Covid19 iPhone CO2 A4 MP3 PM2")]
    [InlineData("1,5 triệu; 2.000 đồng")]
    [InlineData("diem thuan chiem DIEM Thuan")] // unaccented syllables, not "di em", "thu an", "chi em"
    public void Valid_syllables_and_non_Vietnamese_words_stay_whole(string input) =>
        Assert.Equal(input, Repair(input));

    [Fact]
    public void Repairing_twice_changes_nothing_more()
    {
        var once = Repair("Căn cứ Luậttổ chức HĐND và UBND ngày 26tháng 11 năm2003; QUẢNLÝ, SỬ DỤNGPHẦN MỀM");
        Assert.Equal(once, Repair(once));
        Assert.Equal("Căn cứ Luật tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003; QUẢN LÝ, SỬ DỤNG PHẦN MỀM", once);
    }

    [Fact]
    public void Decomposed_marks_stay_with_their_letters()
    {
        // NFD input is normalised before repair, but a stray mark must never be cut off its letter.
        var nfd = "sư\u0309du\u0323ng";
        Assert.DoesNotContain(" \u0309", Repair(nfd), StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_lexicon_decides_by_frequency()
    {
        var lexicon = new SyllableLexicon([new("quan", 100), new("hành", 100), new("quanh", 5), new("ành", 0)]);
        Assert.Equal(["quan", "hành"], new GluedSyllableSplitter(lexicon).SplitWord("quanhành"));
    }
}
