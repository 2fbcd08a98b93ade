using EdocMan.Search.Core.Search;
using EdocMan.Search.Indexing.Tests.Support;

namespace EdocMan.Search.Indexing.Tests;

/// <summary>"Văn bản tương tự".</summary>
public sealed partial class LuceneSearchIndexTests
{
    private const string Software = "Quy chế quản lý, sử dụng phần mềm quản lý văn bản và hồ sơ công việc trong cơ quan nhà nước";

    [Fact]
    public async Task Similar_documents_share_wording_and_exclude_the_source()
    {
        var source = Docs.Make("Quyết định ban hành quy chế phần mềm", pages: Software);
        var close = Docs.Make("Hướng dẫn sử dụng phần mềm quản lý văn bản", pages: "Hướng dẫn sử dụng phần mềm quản lý văn bản và hồ sơ công việc");
        var far = Docs.Make("Sửa chữa đường", pages: "Sửa chữa đường giao thông nông thôn trong mùa mưa lũ");
        var filler = Docs.Make("Báo cáo", pages: "Báo cáo tình hình kinh tế xã hội và quản lý nhà nước");
        await _fx.AddAsync(source, close, far, filler);

        var results = _fx.Index.Similar(new SimilarQuery(source.Id, Docs.Query("x").AccessTokens))!;

        Assert.Equal(close.Id, results.Hits[0].Id);
        Assert.DoesNotContain(results.Hits, h => h.Id == source.Id);
        // Every test document shares its issuer and file name, so the unrelated one may come, but last.
        Assert.True(results.Hits.Count(h => h.Id == far.Id) == 0 || results.Hits[^1].Id == far.Id);
    }

    [Fact]
    public async Task Similar_documents_respect_the_permission_filter()
    {
        var source = Docs.Make("Quy chế phần mềm", pages: Software);
        var secret = Docs.Make("Quy chế phần mềm khác", agency: "gtvt", pages: Software);
        var visible = Docs.Make("Quy chế phần mềm nữa", pages: Software + " bổ sung");
        await _fx.AddAsync(source, secret, visible);

        var results = _fx.Index.Similar(new SimilarQuery(source.Id, Docs.Query("x", "tttt").AccessTokens))!;

        Assert.Equal([visible.Id], results.Hits.Select(h => h.Id));
        Assert.Null(_fx.Index.Similar(new SimilarQuery(secret.Id, Docs.Query("x", "tttt").AccessTokens)));
        Assert.Null(_fx.Index.Similar(new SimilarQuery(Guid.NewGuid(), Docs.Query("x", "tttt").AccessTokens)));
        Assert.Null(_fx.Index.Similar(new SimilarQuery(source.Id, [])));
    }
}
