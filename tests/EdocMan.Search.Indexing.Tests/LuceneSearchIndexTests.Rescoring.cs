using EdocMan.Search.Indexing.Tests.Support;

namespace EdocMan.Search.Indexing.Tests;

/// <summary>
/// Ranking by the query without its title and exact-spelling boosts, then adding them to the best hits
/// (<c>LuceneSearchIndex.Rank</c>): where the best hits hold every hit, the order and scores are the whole query's.
/// </summary>
public sealed partial class LuceneSearchIndexTests
{
    [Theory]
    [InlineData("đường giao thông")]
    [InlineData("duong giao thong")]
    [InlineData("\"đường giao thông\"")]
    [InlineData("quy chế đường")]
    [InlineData("quản lý văn bản hồ sơ công việc đường bộ")]
    public async Task Boosts_added_to_the_best_hits_give_the_whole_querys_order_and_scores(string text)
    {
        string[] titles = ["Quy chế đường giao thông", "Báo cáo dương tính", "Kế hoạch duong bo", "Công văn về giao thông", "Quy chế quản lý văn bản"];
        string[] bodies =
        [
            "đường giao thông nông thôn", "dương giao thông", "đường bộ và đường thủy giao thông", "quy chế quản lý đường",
            "giao thông đường dương", "hồ sơ công việc về đường giao thông", "văn bản đường giao", "đường đường giao thông thông",
        ];
        // Three flushes: three segments, so the boosts' scorers start afresh at each.
        for (var batch = 0; batch < 3; batch++)
        {
            await _fx.AddAsync(Enumerable.Range(0, 14)
                .Select(i => Docs.Make(titles[(i + batch) % titles.Length], pages: [bodies[(i * 3 + batch) % bodies.Length], bodies[(i + batch) % bodies.Length]]))
                .ToArray());
        }
        var query = Docs.Query(text) with { PageSize = 20 };

        _fx.Index.RescoreDepth = 0;
        var whole = _fx.Index.Search(query);
        _fx.Index.RescoreDepth = LuceneSearchIndex.DefaultRescoreDepth;
        var rescored = _fx.Index.Search(query);

        Assert.True(whole.Total > 5, $"{whole.Total} hits");
        Assert.Equal(whole.Total, rescored.Total);
        Assert.Equal(whole.Hits.Select(h => h.Id), rescored.Hits.Select(h => h.Id));
        Assert.All(whole.Hits.Zip(rescored.Hits), p => Assert.Equal(p.First.Score, p.Second.Score, 4));
    }
}
