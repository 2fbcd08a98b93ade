using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Indexing.Tests.Support;

namespace EdocMan.Search.Indexing.Tests;

/// <summary>The permission filter on the multi-valued access field.</summary>
public sealed partial class LuceneSearchIndexTests
{
    [Fact]
    public async Task An_entry_is_found_through_any_one_of_its_access_tokens()
    {
        var shared = Docs.Make("Tờ trình", pages: "tờ trình phê duyệt dự án") with
        {
            AccessTokens = [AccessTokens.AgencyRole("tttt", "vanthu"), AccessTokens.User(12), "Agency:GTVT"],
        };
        await _fx.AddAsync(shared);

        SearchResults As(params string[] tokens) => _fx.Index.Search(new SearchQuery("tờ trình", tokens));

        Assert.Equal(1, As(AccessTokens.Public, AccessTokens.AgencyRole("tttt", "vanthu")).Total);
        Assert.Equal(1, As(AccessTokens.User(12)).Total);
        Assert.Equal(1, As(" agency:gtvt ").Total);
        Assert.Equal(0, As(AccessTokens.Agency("tttt"), AccessTokens.AgencyRole("tttt", "chuyenvien"), AccessTokens.User(1)).Total);
        Assert.Equal(0, As(AccessTokens.User(120), AccessTokens.Public).Total);
    }

    [Fact]
    public async Task An_entry_without_tokens_is_found_by_no_one()
    {
        await _fx.AddAsync(Docs.Make("Mồ côi", pages: "văn bản không ai được xem") with { AccessTokens = [] });

        Assert.Equal(0, _fx.Index.Search(new SearchQuery("mồ côi", [AccessTokens.Public, AccessTokens.Agency("tttt")])).Total);
    }
}
