using EdocMan.Search.Core.Search;
using EdocMan.Search.Indexing.Tests.Support;

namespace EdocMan.Search.Indexing.Tests;

/// <summary>Sorting, facets, fuzzy matching and "did you mean".</summary>
public sealed partial class LuceneSearchIndexTests
{
    [Fact]
    public async Task Sort_by_date_both_ways_with_undated_documents_last()
    {
        var a = MetaDocs.Make("Quy chế A", "quy chế", date: new DateOnly(2012, 1, 1));
        var b = MetaDocs.Make("Quy chế B", "quy chế", date: new DateOnly(2015, 1, 1));
        var none = MetaDocs.Make("Quy chế C", "quy chế");
        var c = MetaDocs.Make("Quy chế D", "quy chế", date: new DateOnly(2013, 6, 1));
        await _fx.AddAsync(a, none, b, c);
        var query = MetaDocs.Query("quy chế");

        Assert.Equal([b.Id, c.Id, a.Id, none.Id], _fx.Index.Search(query with { Sort = SearchSort.DateDescending }).Hits.Select(h => h.Id));
        Assert.Equal([a.Id, c.Id, b.Id, none.Id], _fx.Index.Search(query with { Sort = SearchSort.DateAscending }).Hits.Select(h => h.Id));
        Assert.Equal(4, _fx.Index.Search(query with { Sort = SearchSort.DateAscending, Page = 2, PageSize = 2 }).Total);
        Assert.Equal([b.Id, none.Id], _fx.Index.Search(query with { Sort = SearchSort.DateAscending, Page = 2, PageSize = 2 }).Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Facets_count_every_visible_hit_and_nothing_else()
    {
        await _fx.AddAsync(
            MetaDocs.Make("Quy chế 1", "quy chế", agency: "tttt", type: "QĐ", signer: "Cầm Ngọc Minh", date: new DateOnly(2014, 1, 2)),
            MetaDocs.Make("Quy chế 2", "quy chế", agency: "tttt", type: "QĐ", signer: "Cầm Ngọc Minh", date: new DateOnly(2015, 1, 2)),
            MetaDocs.Make("Quy chế 3", "quy chế", agency: "tttt", type: "CV", date: new DateOnly(2014, 7, 2)),
            MetaDocs.Make("Quy chế 4", "quy chế", agency: "gtvt", type: "TB", signer: "Hà Văn Tùng", date: new DateOnly(2014, 7, 2)),
            MetaDocs.Make("Khác", "báo cáo", agency: "tttt", type: "BC"));

        var results = _fx.Index.Search(MetaDocs.Query("quy chế", "tttt") with { IncludeFacets = true, PageSize = 1 });

        var facets = results.Facets.ToDictionary(f => f.Name, f => f.Values.ToDictionary(v => v.Value, v => v.Count));
        Assert.Equal(3, results.Total);
        Assert.Equal(new Dictionary<string, long> { ["tttt"] = 3 }, facets["agency"]);
        Assert.Equal(new Dictionary<string, long> { ["QĐ"] = 2, ["CV"] = 1 }, facets["type"]);
        Assert.Equal(new Dictionary<string, long> { ["2014"] = 2, ["2015"] = 1 }, facets["year"]);
        Assert.Equal(new Dictionary<string, long> { ["Cầm Ngọc Minh"] = 2 }, facets["signer"]);
        Assert.Equal(new Dictionary<string, long> { ["Incoming"] = 3 }, facets["register"]);
        Assert.Empty(_fx.Index.Search(MetaDocs.Query("quy chế", "tttt")).Facets);
    }

    [Fact]
    public async Task Facets_add_up_across_segments_even_where_a_segment_lacks_a_facet()
    {
        // Each AddAsync is flushed into a segment of its own; the first segment has no signer at all.
        await _fx.AddAsync(MetaDocs.Make("Quy chế 1", "quy chế", agency: "tttt", type: "CV", date: new DateOnly(2014, 1, 2)));
        await _fx.AddAsync(MetaDocs.Make("Quy chế 2", "quy chế", agency: "tttt", type: "QĐ", signer: "Cầm Ngọc Minh", date: new DateOnly(2015, 1, 2)));
        await _fx.AddAsync(
            MetaDocs.Make("Quy chế 3", "quy chế", agency: "tttt", type: "QĐ", signer: "Cầm Ngọc Minh", date: new DateOnly(2015, 3, 2)),
            MetaDocs.Make("Quy chế 4", "quy chế", agency: "tttt", type: "QĐ", signer: "Lò Văn Mừng", date: new DateOnly(2016, 3, 2)));

        var results = _fx.Index.Search(MetaDocs.Query("quy chế", "tttt") with { IncludeFacets = true });

        var facets = results.Facets.ToDictionary(f => f.Name, f => f.Values.ToDictionary(v => v.Value, v => v.Count));
        Assert.Equal(new Dictionary<string, long> { ["QĐ"] = 3, ["CV"] = 1 }, facets["type"]);
        Assert.Equal(new Dictionary<string, long> { ["Cầm Ngọc Minh"] = 2, ["Lò Văn Mừng"] = 1 }, facets["signer"]);
        Assert.Equal(new Dictionary<string, long> { ["2014"] = 1, ["2015"] = 2, ["2016"] = 1 }, facets["year"]);
    }

    [Fact]
    public async Task A_long_word_with_one_OCR_error_still_matches_but_below_the_exact_one()
    {
        var exact = Docs.Make("A", pages: "Kế hoạch chuyển giao công nghệ");
        var garbled = Docs.Make("B", pages: "Kế hoạch chuyểu giao công nghệ");
        await _fx.AddAsync(garbled, exact);

        var results = _fx.Search("chuyển giao");

        Assert.Equal([exact.Id, garbled.Id], results.Hits.Select(h => h.Id));
        Assert.Equal(0, _fx.Search("chuyểu giao ngân").Total);
    }

    [Fact]
    public async Task Did_you_mean_offers_a_correction_that_finds_something()
    {
        await _fx.AddAsync(Docs.Make("A", pages: "Quy chế quản lý phần mềm"));

        var results = _fx.Search("phan mfm");

        Assert.Equal(0, results.Total);
        Assert.Equal("phan mem", results.DidYouMean);
        Assert.Null(_fx.Search("phan mem").DidYouMean);
        Assert.Null(_fx.Search("xyzxyzq").DidYouMean);
    }

    [Fact]
    public async Task Did_you_mean_never_reveals_a_word_of_an_invisible_document()
    {
        await _fx.AddAsync(Docs.Make("Mật", agency: "gtvt", pages: "kinh phí bí mật"));

        var results = _fx.Search("kinh phi bi mqt", "tttt");

        Assert.Equal(0, results.Total);
        Assert.Null(results.DidYouMean);
    }
}
