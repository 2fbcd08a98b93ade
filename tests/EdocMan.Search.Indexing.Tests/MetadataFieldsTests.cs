namespace EdocMan.Search.Indexing.Tests;

public sealed class MetadataFieldsTests
{
    [Theory]
    [InlineData("QĐ", "qd")]
    [InlineData(" Công  văn ", "cong van")]
    [InlineData("ĐƠN THƯ", "don thu")]
    [InlineData("Qð", "qd")]
    public void Fold_lowers_and_strips_diacritics_and_d_with_stroke(string value, string expected) =>
        Assert.Equal(expected, MetadataFields.Fold(value));

    [Theory]
    [InlineData("31/2014/QĐ-UBND")]
    [InlineData("Số: 31 / 2014 / QĐ - UBND")]
    [InlineData("số 31/2014/qđ–ubnd")]
    [InlineData("31/2014/QD-UBND")]
    public void Numbers_have_one_canonical_form(string number) =>
        Assert.Equal("31/2014/qd-ubnd", MetadataFields.CanonicalNumber(number));

    [Fact]
    public void Date_keys_order_like_dates() =>
        Assert.True(MetadataFields.DateKey(new DateOnly(2014, 12, 31)) < MetadataFields.DateKey(new DateOnly(2015, 1, 1)));
}
