using EdocMan.Search.Core.Text;

namespace EdocMan.Search.Core.Tests.Text;

public sealed class CharacterErrorRateTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("quyết", "quyêt", 1)] // a lost tone mark is one substitution in NFC
    public void Edit_distance_counts_insertions_deletions_and_substitutions(string a, string b, int expected)
    {
        Assert.Equal(expected, CharacterErrorRate.EditDistance(a, b));
        Assert.Equal(expected, CharacterErrorRate.EditDistance(b, a));
    }

    [Fact]
    public void A_perfect_reading_is_zero_whatever_its_layout()
    {
        Assert.Equal(0, CharacterErrorRate.Of("Quyết định\nsố 31", "  Quyết   định số\t31 \n"));
    }

    [Fact]
    public void Decomposed_letters_are_compared_after_NFC()
    {
        Assert.Equal(0, CharacterErrorRate.Of("Quyết định", "Quyê\u0301t đi\u0323nh"));
    }

    [Fact]
    public void The_rate_is_edits_over_the_truth_length()
    {
        // "CONG HOA" for "CỘNG HÒA": two substitutions in eight characters.
        Assert.Equal(0.25, CharacterErrorRate.Of("CỘNG HÒA", "CONG HOA"), 10);
        // May exceed 1 when the reading is longer than the truth and all wrong.
        Assert.Equal(2.0, CharacterErrorRate.Of("ab", "xyzw"), 10);
    }

    [Fact]
    public void An_empty_truth_is_zero_only_for_an_empty_reading()
    {
        Assert.Equal(0, CharacterErrorRate.Of(" ", ""));
        Assert.Equal(1, CharacterErrorRate.Of("", "rác"));
    }

    [Fact]
    public void Pages_are_pooled_so_longer_pages_weigh_more()
    {
        // 1 edit in 4 characters and 0 in 16: 1/20, not the mean of 25 % and 0 %.
        var cer = CharacterErrorRate.Of(["abcd", "abcdefghijklmnop"], ["abcx", "abcdefghijklmnop"]);

        Assert.Equal(0.05, cer, 10);
    }

    [Fact]
    public void Pages_and_readings_must_pair_up()
    {
        Assert.Throws<ArgumentException>(() => CharacterErrorRate.Of(["a", "b"], ["a"]));
    }
}
