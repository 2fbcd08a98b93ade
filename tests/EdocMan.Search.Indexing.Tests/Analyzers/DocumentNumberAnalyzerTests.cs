using EdocMan.Search.Indexing.Analyzers;

namespace EdocMan.Search.Indexing.Tests.Analyzers;

public sealed class DocumentNumberAnalyzerTests
{
    private static List<string> Tokens(string text)
    {
        using var analyzer = new DocumentNumberAnalyzer();
        return TokenLists.Analyze(analyzer, "docno", text);
    }

    [Theory]
    [InlineData("31/2014/QĐ-UBND")]
    [InlineData("31/2014/qd-ubnd")]
    [InlineData("31 / 2014 / QĐ - UBND")]
    [InlineData("31/2014/Qđ-Ubnd")]
    [InlineData("31/2014/QĐ–UBND")]
    public void Every_spelling_yields_the_same_canonical_term(string spelling)
    {
        var tokens = Tokens(spelling);

        Assert.Equal("31/2014/qd-ubnd", tokens.MaxBy(t => t.Length));
        Assert.Contains("31", tokens);
        Assert.Contains("2014", tokens);
        Assert.Contains("qd-ubnd", tokens);
        Assert.Contains("ubnd", tokens);
    }

    [Fact]
    public void Number_without_year_keeps_number_and_symbol()
    {
        var tokens = Tokens("503/TTr-STTTT");

        Assert.Contains("503/ttr-stttt", tokens);
        Assert.Contains("503", tokens);
        Assert.Contains("ttr-stttt", tokens);
        Assert.DoesNotContain("2014", tokens);
    }
}
