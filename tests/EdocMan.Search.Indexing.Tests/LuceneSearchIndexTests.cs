using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Indexing.Tests.Support;

namespace EdocMan.Search.Indexing.Tests;

/// <summary>Matching and ranking against a real on-disk index; other concerns are in the partial files.</summary>
public sealed partial class LuceneSearchIndexTests : IDisposable
{
    private const string QuyChe = "Quy chế quản lý, sử dụng phần mềm quản lý văn bản và điều hành";

    private readonly IndexFixture _fx = new();

    public void Dispose() => _fx.Dispose();

    [Fact]
    public async Task Query_without_diacritics_finds_accented_text()
    {
        var doc = Docs.Make("Quyết định ban hành quy chế", pages: QuyChe);
        await _fx.AddAsync(doc, Docs.Make("Báo cáo tình hình", pages: "Không liên quan"));

        var results = _fx.Search("quy che quan ly phan mem");

        Assert.Equal(1, results.Total);
        Assert.Equal(doc.Id, results.Hits[0].Id);
    }

    [Fact]
    public async Task Every_word_must_match()
    {
        await _fx.AddAsync(Docs.Make("Một", pages: "quản lý văn bản"), Docs.Make("Hai", pages: "quản lý nhân sự"));

        Assert.Equal(2, _fx.Search("quản lý").Total);
        Assert.Equal(1, _fx.Search("quản lý nhân sự").Total);
        Assert.Equal(0, _fx.Search("quản lý tài chính").Total);
    }

    [Fact]
    public async Task Exact_diacritics_rank_above_folded_only_matches()
    {
        var duong = Docs.Make("Văn bản A", pages: "Sửa chữa đường giao thông nông thôn");
        var dương = Docs.Make("Văn bản B", pages: "Sửa chữa dương giao thông nông thôn");
        await _fx.AddAsync(dương, duong);

        var accented = _fx.Search("đường");
        var plain = _fx.Search("duong");

        Assert.Equal(2, accented.Total);
        Assert.Equal(duong.Id, accented.Hits[0].Id);
        Assert.True(accented.Hits[0].Score > accented.Hits[1].Score);
        Assert.Equal(2, plain.Total);
    }

    [Fact]
    public async Task Old_and_new_tone_placement_find_each_other()
    {
        var doc = Docs.Make("Hòa giải ở cơ sở", pages: "Công tác hòa giải");
        await _fx.AddAsync(doc);

        Assert.Equal(doc.Id, Assert.Single(_fx.Search("hoà giải").Hits).Id);
    }

    [Theory]
    [InlineData("31/2014/QĐ-UBND")]
    [InlineData("31/2014/qd-ubnd")]
    [InlineData("Số: 31 / 2014 / QĐ-UBND")]
    [InlineData("quyết định 31/2014/QĐ–UBND")]
    public async Task Document_number_is_found_in_several_spellings(string spelling)
    {
        var doc = Docs.Make("Quyết định về quy chế", number: "31/2014/QĐ-UBND", pages: "Nội dung không ghi số");
        var other = Docs.Make("Quyết định khác", number: "32/2014/QĐ-UBND", pages: "Ban hành năm 2014 của UBND");
        await _fx.AddAsync(doc, other);

        var results = _fx.Search(spelling);

        Assert.Equal(doc.Id, results.Hits[0].Id);
        Assert.Equal(1, results.Total);
    }

    [Fact]
    public async Task Document_number_cited_in_the_body_is_searchable()
    {
        var doc = Docs.Make("Báo cáo", pages: "Thực hiện Tờ trình số 503/TTr-STTTT của Sở Thông tin");
        await _fx.AddAsync(doc, Docs.Make("Khác", pages: "Tờ trình khác"));

        Assert.Equal(doc.Id, Assert.Single(_fx.Search("503/ttr-stttt").Hits).Id);
    }

    [Fact]
    public async Task Title_words_find_the_document()
    {
        var doc = Docs.Make("Kế hoạch chuyển đổi số năm 2024", pages: "Nội dung chi tiết");
        await _fx.AddAsync(doc);

        Assert.Equal(doc.Id, Assert.Single(_fx.Search("chuyen doi so").Hits).Id);
    }

    [Fact]
    public async Task Permission_filter_is_mandatory()
    {
        var gtvt = Docs.Make("Đường giao thông", agency: "gtvt", pages: "Sửa chữa đường");
        await _fx.AddAsync(gtvt);

        Assert.Equal(0, _fx.Search("đường", "tttt").Total);
        Assert.Equal(1, _fx.Search("đường", "tttt", "GTVT").Total);
        Assert.Equal(0, _fx.Index.Search(new SearchQuery("đường", [])).Total);
        Assert.Equal(0, _fx.Index.Search(new SearchQuery("đường", ["", " "])).Total);
    }

    [Fact]
    public async Task Quoted_phrase_requires_adjacent_words()
    {
        var adjacent = Docs.Make("A", pages: "phần mềm quản lý văn bản");
        var apart = Docs.Make("B", pages: "quản trị phần mềm và lý lịch văn bản");
        await _fx.AddAsync(adjacent, apart);

        Assert.Equal(2, _fx.Search("quản lý").Total);
        Assert.Equal(adjacent.Id, Assert.Single(_fx.Search("\"quan ly\"").Hits).Id);
    }

    [Fact]
    public async Task Excluded_words_and_phrases_remove_documents()
    {
        var draft = Docs.Make("Dự thảo", pages: "báo cáo bản nháp");
        var final = Docs.Make("Chính thức", pages: "báo cáo chính thức");
        await _fx.AddAsync(draft, final);

        Assert.Equal(final.Id, Assert.Single(_fx.Search("báo cáo -nháp").Hits).Id);
        Assert.Equal(final.Id, Assert.Single(_fx.Search("bao cao -\"ban nhap\"").Hits).Id);
    }

    [Fact]
    public async Task Paging_returns_slices_and_the_total()
    {
        var docs = Enumerable.Range(1, 25).Select(i => Docs.Make($"Công văn {i}", pages: "công văn hành chính")).ToArray();
        await _fx.AddAsync(docs);

        var first = _fx.Index.Search(new SearchQuery("cong van", [AccessTokens.Agency("tttt")], Page: 1, PageSize: 10));
        var third = _fx.Index.Search(new SearchQuery("cong van", [AccessTokens.Agency("tttt")], Page: 3, PageSize: 10));
        var beyond = _fx.Index.Search(new SearchQuery("cong van", [AccessTokens.Agency("tttt")], Page: 9, PageSize: 10));
        var clamped = _fx.Index.Search(new SearchQuery("cong van", [AccessTokens.Agency("tttt")], Page: 0, PageSize: 1000));

        Assert.Equal((25, 10), (first.Total, first.Hits.Count));
        Assert.Equal((25, 5), (third.Total, third.Hits.Count));
        Assert.Equal((25, 0), (beyond.Total, beyond.Hits.Count));
        Assert.Equal((1, LuceneSearchIndex.MaxPageSize, 25), (clamped.Page, clamped.PageSize, clamped.Hits.Count));
        var all = first.Hits.Concat(_fx.Index.Search(new SearchQuery("cong van", [AccessTokens.Agency("tttt")], 2, 10)).Hits).Concat(third.Hits);
        Assert.Equal(25, all.Select(h => h.Id).Distinct().Count());
    }

    [Fact]
    public async Task Hit_carries_stored_metadata()
    {
        var doc = Docs.Make("Quyết định phê duyệt", number: "31/2014/QĐ-UBND", pages: "phê duyệt dự án");
        await _fx.AddAsync(doc);

        var hit = Assert.Single(_fx.Search("phe duyet").Hits);

        Assert.Equal((doc.Id, "tttt", doc.Register, doc.Title), (hit.Id, hit.AgencyCode, hit.Register, hit.Title));
        Assert.Equal((doc.Number, doc.DocumentType, doc.DocumentDate), (hit.Number, hit.DocumentType, hit.DocumentDate));
    }

    [Fact]
    public async Task Upsert_replaces_the_entry_with_the_same_id()
    {
        var id = Guid.NewGuid();
        await _fx.AddAsync(Docs.Make("Bản cũ", id: id, pages: "nội dung cũ"));
        await _fx.AddAsync(Docs.Make("Bản mới", id: id, pages: "nội dung mới"));

        var hit = Assert.Single(_fx.Search("noi dung").Hits);
        Assert.Equal("Bản mới", hit.Title);
        Assert.Equal(0, _fx.Search("cũ").Total);
        Assert.Equal(1, _fx.Index.GetStats().DocumentCount);
    }

    [Fact]
    public async Task Delete_removes_the_entry()
    {
        var doc = Docs.Make("Xoá", pages: "nội dung");
        await _fx.AddAsync(doc);
        Assert.True(_fx.Index.Contains(doc.Id));

        await _fx.Index.DeleteAsync(doc.Id, CancellationToken.None);
        await _fx.Index.RefreshAsync();

        Assert.False(_fx.Index.Contains(doc.Id));
        Assert.Equal(0, _fx.Search("noi dung").Total);
    }
}
