using EdocMan.Search.Indexing.Analyzers;

namespace EdocMan.Search.Indexing.Tests.Analyzers;

public sealed class ToneCanonicalFilterTests
{
    [Theory]
    [InlineData("hòa", "hoà")]
    [InlineData("họa", "hoạ")]
    [InlineData("tỏa", "toả")]
    [InlineData("khỏe", "khoẻ")]
    [InlineData("xòe", "xoè")]
    [InlineData("thủy", "thuỷ")]
    [InlineData("lũy", "luỹ")]
    [InlineData("ụy", "uỵ")]
    public void Old_placement_moves_to_the_second_vowel(string input, string expected)
    {
        Assert.Equal(expected, Canonical(input));
    }

    [Theory]
    [InlineData("hoà")]
    [InlineData("quý")]
    [InlineData("quỹ")]
    [InlineData("hoàng")]
    [InlineData("của")]
    [InlineData("mùa")]
    [InlineData("oa")]
    [InlineData("a")]
    [InlineData("")]
    public void Other_syllables_are_unchanged(string input)
    {
        Assert.Equal(input, Canonical(input));
    }

    private static string Canonical(string term)
    {
        var buffer = term.ToCharArray();
        ToneCanonicalFilter.Canonicalize(buffer, buffer.Length);
        return new string(buffer);
    }
}
