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

/// <summary>The permission filter is cached per segment and token set; changes of access must still apply at once.</summary>
public sealed partial class LuceneSearchIndexTests
{
    [Fact]
    public async Task A_changed_or_deleted_entry_is_filtered_by_its_new_access_after_a_cached_search()
    {
        var id = Guid.NewGuid();
        await _fx.AddAsync(Docs.Make("Công văn", id: id, pages: "công văn về lịch tiếp công dân"));
        await _fx.AddAsync(Docs.Make("Báo cáo", pages: "báo cáo lịch tiếp công dân của sở"));
        Assert.Equal(2, _fx.Search("lịch tiếp").Total); // the filter of tttt is now cached for this segment

        // The entry moves to another agency: the old copy is deleted in its segment, the new one is elsewhere.
        await _fx.AddAsync(Docs.Make("Công văn", agency: "gtvt", id: id, pages: "công văn về lịch tiếp công dân"));
        Assert.Equal(1, _fx.Search("lịch tiếp").Total);
        Assert.Equal(id, Assert.Single(_fx.Search("lịch tiếp", "gtvt").Hits).Id);

        await _fx.Index.DeleteAsync(id, CancellationToken.None);
        await _fx.Index.RefreshAsync();
        Assert.Equal(0, _fx.Search("lịch tiếp", "gtvt").Total);
        Assert.Equal(1, _fx.Search("lịch tiếp", "tttt", "gtvt").Total);
    }
}
