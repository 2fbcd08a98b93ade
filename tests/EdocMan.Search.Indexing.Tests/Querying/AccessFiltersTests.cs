using EdocMan.Search.Indexing.Querying;

namespace EdocMan.Search.Indexing.Tests.Querying;

/// <summary>The cache of permission filters: one per token set, bounded.</summary>
public sealed class AccessFiltersTests
{
    [Fact]
    public void Equal_token_sets_share_one_filter_and_the_cache_stays_bounded()
    {
        var filters = new AccessFilters();

        Assert.Same(filters.For(["a", "b"]), filters.For(["b", "a"]));
        Assert.NotSame(filters.For(["a"]), filters.For(["a", "b"]));
        for (var i = 0; i < AccessFilters.MaxTokenSets * 2; i++)
        {
            filters.For(["user:" + i]);
        }
        Assert.InRange(filters.Count, 1, AccessFilters.MaxTokenSets);
        Assert.Same(filters.For(["user:" + (AccessFilters.MaxTokenSets * 2 - 1)]), filters.For(["user:" + (AccessFilters.MaxTokenSets * 2 - 1)]));
    }
}
