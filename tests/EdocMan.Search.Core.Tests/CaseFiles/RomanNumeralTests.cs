using EdocMan.Search.Core.CaseFiles;

namespace EdocMan.Search.Core.Tests.CaseFiles;

public sealed class RomanNumeralTests
{
    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    [InlineData(40, "XL")]
    [InlineData(1994, "MCMXCIV")]
    public void Numbers_round_trip(int value, string numeral)
    {
        Assert.Equal(numeral, RomanNumeral.From(value));
        Assert.Equal(value, RomanNumeral.Parse(numeral));
        Assert.Equal(value, RomanNumeral.Parse(numeral.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("IIII")]
    [InlineData("VX")]
    [InlineData("ABC")]
    [InlineData("")]
    [InlineData(null)]
    public void Malformed_numerals_are_refused(string? text) => Assert.Null(RomanNumeral.Parse(text));

    [Fact]
    public void Zero_is_not_a_numeral() => Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumeral.From(0));
}
