using EdocMan.Search.Core.CaseFiles;

namespace EdocMan.Search.Core.Tests.CaseFiles;

public sealed class RetentionPeriodTests
{
    [Fact]
    public void Permanent_and_fixed_periods_read_as_users_write_them()
    {
        Assert.Equal("Vĩnh viễn", RetentionPeriod.Text(null));
        Assert.Equal("10 năm", RetentionPeriod.Text(10));
    }

    [Theory]
    [InlineData("Vĩnh viễn", null)]
    [InlineData("vinh vien", null)]
    [InlineData("VĨNH VIỄN", null)]
    [InlineData("10 năm", 10)]
    [InlineData("10 nam", 10)]
    [InlineData(" 5 ", 5)]
    [InlineData("70 năm", 70)]
    public void Accepted_texts(string text, int? years)
    {
        Assert.True(RetentionPeriod.TryParse(text, out var parsed));
        Assert.Equal(years, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("101 năm")]
    [InlineData("mười năm")]
    [InlineData("10 tháng")]
    public void Refused_texts(string text) => Assert.False(RetentionPeriod.TryParse(text, out _));
}
