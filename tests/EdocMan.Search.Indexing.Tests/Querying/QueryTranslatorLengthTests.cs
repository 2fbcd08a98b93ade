using EdocMan.Search.Indexing.Analyzers;
using EdocMan.Search.Indexing.Querying;
using Lucene.Net.Search;

namespace EdocMan.Search.Indexing.Tests.Querying;

/// <summary>How many words must match as queries get longer, fuzzy fallbacks and filter clauses.</summary>
public sealed class QueryTranslatorLengthTests : IDisposable
{
    private readonly IndexAnalyzers _analyzers = new();
    private readonly QueryTranslator _translator;

    public QueryTranslatorLengthTests()
    {
        _translator = new QueryTranslator(_analyzers);
    }

    public void Dispose() => _analyzers.Dispose();

    private BooleanQuery Translate(string text) => (BooleanQuery)_translator.Translate(text)!.Required;

    [Fact]
    public void Up_to_five_words_are_all_required()
    {
        var query = Translate("quy chế quản lý văn");
        Assert.Equal(5, query.Clauses.Count(c => c.Occur == Occur.MUST));
    }

    [Theory]
    [InlineData("quy chế quản lý văn bản", 3)]
    [InlineData("quy chế quản lý văn bản hồ sơ công việc", 5)]
    [InlineData("người xem dưới mười sáu tuổi được xem phim có nội dung thuộc phân loại", 1)]
    public void Longer_queries_need_half_their_words_and_long_ones_any(string text, int minimum)
    {
        var group = Assert.Single(Translate(text).Clauses, c => c.Occur == Occur.MUST).Query;
        Assert.Equal(minimum, Assert.IsType<BooleanQuery>(group).MinimumNumberShouldMatch);
    }

    [Fact]
    public void Long_words_get_a_weak_one_edit_fallback_and_short_ones_none()
    {
        var text = _translator.Translate("chuyển giao")!.Search.ToString();
        Assert.Contains("rare~(text_fold:chuyen)^0.2", text);
        Assert.DoesNotContain("rare~(text_fold:giao)", text);
    }

    [Fact]
    public void Filters_restrict_without_scoring_and_a_query_of_filters_matches_all_that_pass()
    {
        var query = Translate("loai:QĐ nam:2014");
        Assert.Contains(query.Clauses, c => c.Occur == Occur.MUST && c.Query is MatchAllDocsQuery);
        Assert.All(query.Clauses.Where(c => c.Query is not MatchAllDocsQuery), c => Assert.Equal(0f, c.Query.Boost));
        Assert.Null(_translator.Translate("-loai:QĐ"));
    }
}
