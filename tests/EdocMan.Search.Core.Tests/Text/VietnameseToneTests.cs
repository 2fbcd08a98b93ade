using EdocMan.Search.Core.Text;

namespace EdocMan.Search.Core.Tests.Text;

public sealed class VietnameseToneTests
{
    [Theory]
    [InlineData("hòa", "hoà")]
    [InlineData("hoà", "hoà")]
    [InlineData("khỏe", "khoẻ")]
    [InlineData("thủy", "thuỷ")]
    [InlineData("Thủy", "Thuỷ")]
    [InlineData("HÒA", "HOÀ")]
    [InlineData("THỦY", "THUỶ")]
    [InlineData("ủy", "uỷ")]
    [InlineData("lọa", "loạ")]
    [InlineData("xóa", "xoá")]
    public void Old_placement_moves_to_the_second_vowel(string input, string expected) =>
        Assert.Equal(expected, VietnameseTone.Canonicalize(input));

    [Theory]
    [InlineData("quý")]
    [InlineData("QUÝ")]
    [InlineData("hoàng")]
    [InlineData("thuyền")]
    [InlineData("người")]
    [InlineData("a")]
    [InlineData("")]
    public void Other_syllables_are_unchanged(string input) => Assert.Equal(input, VietnameseTone.Canonicalize(input));
}

public sealed class VietnameseSyllableTests
{
    [Theory]
    [InlineData("nghiêng")]
    [InlineData("khuỷu")]
    [InlineData("người")]
    [InlineData("quý")]
    [InlineData("ĐƯỜNG")]
    [InlineData("a")]
    public void Vietnamese_syllables_are_well_formed(string word) => Assert.True(VietnameseSyllable.IsWellFormed(word));

    [Theory]
    [InlineData("mail")]
    [InlineData("online")]
    [InlineData("sửdụng")]
    [InlineData("HĐND")]
    [InlineData("")]
    public void Other_words_are_not(string word) => Assert.False(VietnameseSyllable.IsWellFormed(word));
}

public sealed class SyllableLexiconTests
{
    [Theory]
    [InlineData("người")]
    [InlineData("NGƯỜI")]
    [InlineData("hòa")]
    [InlineData("hoà")]
    [InlineData("khuỷu")]
    public void The_embedded_lexicon_knows_syllables_in_any_case_and_tone_placement(string word) =>
        Assert.True(SyllableLexicon.Default.Contains(word));

    [Fact]
    public void The_embedded_lexicon_is_a_real_dictionary_with_counts()
    {
        var lexicon = SyllableLexicon.Default;
        Assert.InRange(lexicon.Size, 6000, 9000);
        Assert.True(lexicon.TryGetCount("của", out var frequent));
        Assert.True(lexicon.TryGetCount("khuỷu", out var rare));
        Assert.True(frequent > 1000 && rare < frequent);
        Assert.False(lexicon.Contains("sửdụng"));
    }
}
