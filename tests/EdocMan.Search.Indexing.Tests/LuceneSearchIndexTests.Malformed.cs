using EdocMan.Search.Indexing.Tests.Support;

namespace EdocMan.Search.Indexing.Tests;

public sealed partial class LuceneSearchIndexTests
{
    public static TheoryData<string> NastyQueries() =>
    [
        "", " ", "\t\n", "AND", "OR", "NOT", "-", "+", "*", "?", "\\", "/", "//", "/regex/", "/[a-z/",
        "[", "]", "{", "}", "[1 TO", "{* TO *}", "~", "quản~2", "^", "quản^", "\"", "\"quản lý", "quản lý\"",
        "\"\"", "(((", ")", "!", "&&", "||", ":", "text:quản", "quản*", "*lý", "q?ản",
        "-\"\"", "- - -", "\"-\"", "31/", "/2014/", "31//QĐ", "\u0000", "\ud800", "😀 quản lý",
        "<script>alert(1)</script>", "' OR 1=1 --", new string('a', 10_000),
        string.Join(' ', Enumerable.Range(0, 2_000).Select(i => "từ" + i)),
        string.Concat(Enumerable.Repeat("31/2014/QĐ-", 1_000)),
        string.Concat(Enumerable.Repeat("\"a\" -b ", 1_500)),
    ];

    [Theory]
    [MemberData(nameof(NastyQueries))]
    public async Task Malformed_queries_never_throw(string text)
    {
        await _fx.AddAsync(Docs.Make("Quy chế", pages: QuyChe));

        var results = _fx.Search(text);

        Assert.True(results.Total >= 0);
        Assert.True(results.Hits.Count <= results.PageSize);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-quản")]
    [InlineData("*")]
    public async Task Nothing_to_search_for_gives_zero_hits(string text)
    {
        await _fx.AddAsync(Docs.Make("Quy chế", pages: QuyChe));

        var results = _fx.Search(text);

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
    }
}
