using EdocMan.Search.IndexTools.Eval;

namespace EdocMan.Search.IndexTools.Tests.Eval;

public sealed class RetrievalMetricsTests
{
    private static readonly string[] Ranked = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"];

    [Fact]
    public void Recall_counts_the_share_of_relevant_articles_in_the_top_k()
    {
        Assert.Equal(1.0, RetrievalMetrics.RecallAt(1, Ranked, ["a"]));
        Assert.Equal(0.0, RetrievalMetrics.RecallAt(1, Ranked, ["b"]));
        Assert.Equal(0.5, RetrievalMetrics.RecallAt(10, Ranked, ["c", "k"]));
        Assert.Equal(1.0, RetrievalMetrics.RecallAt(10, Ranked, ["c", "j"]));
        Assert.Equal(0.0, RetrievalMetrics.RecallAt(10, [], ["a"]));
    }

    [Fact]
    public void Reciprocal_rank_is_that_of_the_first_relevant_hit_within_ten()
    {
        Assert.Equal(1.0, RetrievalMetrics.ReciprocalRankAt(10, Ranked, ["a", "c"]));
        Assert.Equal(1.0 / 3, RetrievalMetrics.ReciprocalRankAt(10, Ranked, ["c", "e"]), 12);
        Assert.Equal(0.1, RetrievalMetrics.ReciprocalRankAt(10, Ranked, ["j"]), 12);
        Assert.Equal(0.0, RetrievalMetrics.ReciprocalRankAt(10, Ranked, ["k"]));
    }

    [Fact]
    public void Ndcg_discounts_by_log2_rank_and_normalises_by_the_ideal_ranking()
    {
        Assert.Equal(1.0, RetrievalMetrics.NdcgAt(10, Ranked, ["a"]), 12);
        // One relevant at rank 2: (1/log2 3) / 1.
        Assert.Equal(1 / Math.Log2(3), RetrievalMetrics.NdcgAt(10, Ranked, ["b"]), 12);
        // Relevant at ranks 1 and 3 of two: (1 + 1/log2 4) / (1 + 1/log2 3).
        Assert.Equal((1 + 0.5) / (1 + (1 / Math.Log2(3))), RetrievalMetrics.NdcgAt(10, Ranked, ["a", "c"]), 12);
        Assert.Equal(0.0, RetrievalMetrics.NdcgAt(10, Ranked, ["k"]));
        // A duplicate hit does not count twice.
        Assert.Equal(1.0, RetrievalMetrics.NdcgAt(10, ["a", "a"], ["a"]), 12);
    }

    [Fact]
    public void Summaries_average_over_queries()
    {
        var summary = RetrievalMetrics.Summarise(
        [
            (Ranked, ["a"]),
            (Ranked, ["b"]),
            (Ranked, ["z"]),
        ]);

        Assert.Equal(3, summary.Queries);
        Assert.Equal(1.0 / 3, summary.R1, 12);
        Assert.Equal(2.0 / 3, summary.R10, 12);
        Assert.Equal((1 + 0.5 + 0) / 3, summary.Mrr10, 12);
        Assert.Equal((1 + (1 / Math.Log2(3))) / 3, summary.Ndcg10, 12);
        Assert.Equal(0, RetrievalMetrics.Summarise([]).Queries);
    }
}
