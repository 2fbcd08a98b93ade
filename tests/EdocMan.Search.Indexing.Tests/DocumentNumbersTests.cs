namespace EdocMan.Search.Indexing.Tests;

public sealed class DocumentNumbersTests
{
    [Theory]
    [InlineData("Số: 31/2014/QĐ-UBND ngày 12", "31/2014/QĐ-UBND")]
    [InlineData("theo Tờ trình số 503/TTr-STTTT của Sở", "503/TTr-STTTT")]
    [InlineData("Số: 31 / 2014 / QĐ-UBND", "31 / 2014 / QĐ-UBND")]
    [InlineData("Nghị định 100/2019/NĐ-CP.", "100/2019/NĐ-CP")]
    [InlineData("31/2014/QĐ - UBND - về việc", "31/2014/QĐ - UBND")]
    [InlineData("31/2014/qđ-ubnd -nháp", "31/2014/qđ-ubnd")]
    public void Finds_numbers_in_text(string text, string expected)
    {
        Assert.Equal([expected], DocumentNumbers.Extract(text));
    }

    [Theory]
    [InlineData("ngày 12/05/2014")]
    [InlineData("tỷ lệ 1/2")]
    [InlineData("")]
    [InlineData(null)]
    public void Dates_fractions_and_empty_text_are_not_numbers(string? text)
    {
        Assert.Empty(DocumentNumbers.Extract(text));
    }

    [Fact]
    public void Repeated_numbers_are_returned_once_and_capped()
    {
        var text = string.Join(" ", Enumerable.Range(1, 50).Select(i => $"{i}/2020/QĐ-UBND 1/2020/QĐ-UBND"));

        var found = DocumentNumbers.Extract(text, max: 10);

        Assert.Equal(10, found.Count);
        Assert.Equal(found.Count, found.Distinct().Count());
    }
}
