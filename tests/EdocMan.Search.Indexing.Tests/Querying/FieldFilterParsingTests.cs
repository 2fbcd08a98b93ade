using EdocMan.Search.Indexing.Querying;

namespace EdocMan.Search.Indexing.Tests.Querying;

public sealed class FieldFilterParsingTests
{
    [Fact]
    public void Known_filters_are_taken_out_of_the_text()
    {
        var parsed = UserQueryParser.Parse("quy chế loai:QĐ coquan:gtvt so:31/2014/QĐ-UBND nguoiky:\"Cầm Ngọc Minh\" -nam:2013 ngay:2014-01-01..2014-12-31");

        Assert.Equal(["quy", "chế"], parsed.Words);
        Assert.Empty(parsed.Numbers); // the number of so: is a filter, not a searched number
        Assert.Equal(
            [
                new FieldFilter(FilterField.DocumentType, "QĐ"),
                new FieldFilter(FilterField.Agency, "gtvt"),
                new FieldFilter(FilterField.Number, "31/2014/QĐ-UBND"),
                new FieldFilter(FilterField.Signer, "Cầm Ngọc Minh"),
                new FieldFilter(FilterField.Year, "2013", Excluded: true),
                new FieldFilter(FilterField.Date, "2014-01-01..2014-12-31"),
            ],
            parsed.Filters);
    }

    [Theory]
    [InlineData("loại:CV", "DocumentType")]
    [InlineData("LOAI:CV", "DocumentType")]
    [InlineData("coquanbanhanh:UBND", "Issuer")]
    [InlineData("người:x", null)]
    [InlineData("http://example.vn", null)]
    [InlineData("Điều 5: phạm vi", null)]
    public void Filter_names_are_read_without_diacritics_and_unknown_names_stay_text(string text, string? expected)
    {
        var parsed = UserQueryParser.Parse(text);
        Assert.Equal(expected, parsed.Filters.Select(f => f.Field.ToString()).SingleOrDefault());
        Assert.Equal(expected is null, parsed.Words.Count > 0);
    }

    [Theory]
    [InlineData("2014-01-01..2014-12-31", "2014-01-01", "2014-12-31")]
    [InlineData("2014-01-01..", "2014-01-01", null)]
    [InlineData("..31/12/2014", null, "2014-12-31")]
    [InlineData("13/11/2014", "2014-11-13", "2014-11-13")]
    public void Date_ranges_are_read(string value, string? from, string? to)
    {
        Assert.True(FilterQueries.ParseRange(value, out var f, out var t));
        Assert.Equal(from, f?.ToString("yyyy-MM-dd"));
        Assert.Equal(to, t?.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("hôm qua")]
    [InlineData("2014-13-01")]
    public void Unreadable_dates_are_refused(string value) => Assert.False(FilterQueries.ParseRange(value, out _, out _));
}
