using EdocMan.Search.Indexing.Analyzers;
using EdocMan.Search.Indexing.Querying;
using EdocMan.Search.Indexing.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace EdocMan.Search.Indexing.Tests.Querying;

/// <summary>A query whose term clauses were handed their statistics up front ranks and scores exactly as the query itself.</summary>
public sealed class TermStatesTests : IDisposable
{
    private readonly IndexFixture _fx = new();
    private readonly IndexAnalyzers _analyzers = new();

    [Theory]
    [InlineData("thuế")]
    [InlineData("thuế thu nhập cá nhân")]
    [InlineData("quyen su dung dat")]
    [InlineData("\"quyền sử dụng đất\" nông nghiệp")]
    [InlineData("hợp đồng thuê nhà -quyền")]
    [InlineData("kiểm lâm")] // only in the last segment
    [InlineData("thuế kiểm lâm")] // one word in every segment, one in one
    [InlineData("không có từ này")]
    public async Task The_prepared_query_finds_and_scores_what_the_query_does(string text)
    {
        using var reader = await IndexAsync();
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var query = new QueryTranslator(_analyzers).Translate(text)!.Search;

        var prepared = TermStates.Prepare(searcher, query);
        var expected = searcher.Search(query, reader.MaxDoc);
        var actual = searcher.Search(prepared, reader.MaxDoc);

        Assert.True(reader.Leaves.Count >= TermStates.ParallelFromSegments);
        Assert.NotSame(query, prepared);
        Assert.Equal(query.ToString(), prepared.ToString());
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
        Assert.Equal(text == "không có từ này", actual.TotalHits == 0);
        if (actual.TotalHits > 0)
        {
            Assert.Equal(actual.ScoreDocs[0].Score, searcher.Explain(prepared, actual.ScoreDocs[0].Doc).Value, 1e-5f);
        }
    }

    [Fact]
    public async Task A_query_without_term_clauses_is_left_as_it_is()
    {
        using var reader = await IndexAsync();
        var searcher = new IndexSearcher(reader);
        var prefix = new PrefixQuery(new Term("text_fold", "thu"));

        Assert.Same(prefix, TermStates.Prepare(searcher, prefix));
    }

    // Five segments, more than TermStates looks up on one thread; "kiểm lâm" only in the last.
    private async Task<DirectoryReader> IndexAsync()
    {
        string[] pages =
        [
            "thuế thu nhập cá nhân của hộ kinh doanh",
            "hợp đồng thuê nhà và thuê đất, giá thuê đất hằng năm",
            "quyền sử dụng đất và thuế sử dụng đất nông nghiệp",
            "giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở",
        ];
        const int segments = TermStates.ParallelFromSegments + 1;
        for (var s = 0; s < segments; s++)
        {
            var extra = s == segments - 1 ? " Lực lượng kiểm lâm tuần tra rừng." : string.Empty;
            var documents = Enumerable.Range(0, 12).Select(i =>
                MetaDocs.Make(i % 3 == 0 ? "Quyết định về thuế" : "Công văn", pages[(i + s) % pages.Length] + ". " + pages[i % pages.Length] + extra));
            await _fx.AddAsync([.. documents]);
            await _fx.Index.CommitAsync();
        }
        return DirectoryReader.Open(FSDirectory.Open(_fx.Path));
    }

    public void Dispose()
    {
        _analyzers.Dispose();
        _fx.Dispose();
    }
}
