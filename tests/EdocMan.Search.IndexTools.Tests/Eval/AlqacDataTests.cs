using EdocMan.Search.IndexTools.Eval;

namespace EdocMan.Search.IndexTools.Tests.Eval;

public sealed class AlqacDataTests : IDisposable
{
    private readonly AlqacFixture _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void The_corpus_is_read_as_articles_keyed_by_law_and_article()
    {
        var articles = AlqacData.ReadCorpus(_files.Corpus);

        Assert.Equal(["Luật Viên chức 2010#1", "Luật Viên chức 2010#11", "Luật Du lịch 2017#39", "Luật Du lịch 2017#77"], articles.Select(a => a.Key));
        Assert.StartsWith("Hợp đồng lữ hành\n\n", articles[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Statement_form_queries_are_read_and_unresolvable_ones_skipped()
    {
        var keys = AlqacData.ReadCorpus(_files.Corpus).Select(a => a.Key).ToHashSet();

        var queries = AlqacData.ReadQueries(_files.NewQueries, keys, out var skipped);

        Assert.Equal(["q1", "q2"], queries.Select(q => q.Id));
        Assert.Equal("Hợp đồng lữ hành phải lập thành văn bản", queries[0].Text);
        Assert.Equal(["Luật Viên chức 2010#11", "Luật Viên chức 2010#1"], queries[1].Relevant);
        Assert.Equal(1, skipped); // q3 points to a law the corpus lacks
    }

    [Fact]
    public void Text_form_queries_are_read_with_numeric_article_ids()
    {
        var keys = AlqacData.ReadCorpus(_files.Corpus).Select(a => a.Key).ToHashSet();

        var queries = AlqacData.ReadQueries(_files.V1Queries, keys, out var skipped);

        var query = Assert.Single(queries);
        Assert.Equal("DS-1", query.Id);
        Assert.Equal(["Luật Du lịch 2017#77"], query.Relevant);
        Assert.Equal(1, skipped); // DS-2 has no judgment
    }
}
