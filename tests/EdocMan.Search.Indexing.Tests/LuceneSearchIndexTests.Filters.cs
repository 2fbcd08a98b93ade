using EdocMan.Search.Core.Search;
using EdocMan.Search.Indexing.Tests.Support;

namespace EdocMan.Search.Indexing.Tests;

/// <summary>Field filters typed in the query and passed by the caller.</summary>
public sealed partial class LuceneSearchIndexTests
{
    private async Task<(IndexDocument Qd, IndexDocument Cv, IndexDocument Old)> ThreeDocumentsAsync()
    {
        var qd = MetaDocs.Make("Quyết định ban hành quy chế phần mềm", "Quy chế quản lý văn bản", agency: "tttt", type: "QĐ",
            number: "31/2014/QĐ-UBND", issuer: "UBND tỉnh Sơn La", signer: "Cầm Ngọc Minh", date: new DateOnly(2014, 11, 13));
        var cv = MetaDocs.Make("Công văn về quy chế phần mềm", "Thực hiện Quyết định số 31/2014/QĐ-UBND về quy chế", agency: "gtvt", type: "CV",
            number: "1245/SGTVT-QLGT", issuer: "Sở Giao thông vận tải", signer: "Hà Văn Tùng", date: new DateOnly(2015, 5, 18));
        var old = MetaDocs.Make("Quy chế cũ", "Quy chế quản lý năm 2013", agency: "tttt", type: "QĐ",
            number: "12/2013/QĐ-UBND", issuer: "UBND tỉnh Sơn La", signer: "Cầm Ngọc Minh", date: new DateOnly(2013, 3, 1));
        await _fx.AddAsync(qd, cv, old);
        return (qd, cv, old);
    }

    private IEnumerable<Guid> Ids(string text) => _fx.Search(text, "tttt", "gtvt").Hits.Select(h => h.Id);

    [Theory]
    [InlineData("quy chế loai:QĐ")]
    [InlineData("quy che loai:qd")]
    [InlineData("quy chế loại:Qđ")]
    public async Task Type_filter_ignores_case_and_diacritics(string text)
    {
        var (qd, _, old) = await ThreeDocumentsAsync();
        Assert.Equal(new[] { qd.Id, old.Id }.Order(), Ids(text).Order());
    }

    [Fact]
    public async Task Agency_number_signer_and_issuer_filters()
    {
        var (qd, cv, old) = await ThreeDocumentsAsync();
        Assert.Equal([cv.Id], Ids("quy chế coquan:gtvt"));
        Assert.Equal([qd.Id], Ids("quy chế so:31/2014/QĐ-UBND")); // the CV only cites that number
        Assert.Equal([cv.Id], Ids("quy chế nguoiky:\"Hà Văn Tùng\""));
        Assert.Equal(new[] { qd.Id, old.Id }.Order(), Ids("quy chế nguoiky:\"cam ngoc minh\"").Order());
        Assert.Equal([cv.Id], Ids("quy chế coquanbanhanh:\"Sở Giao thông\""));
    }

    [Theory]
    [InlineData("quy chế nam:2014", 1)]
    [InlineData("quy chế ngay:2014-01-01..2014-12-31", 1)]
    [InlineData("quy chế ngay:2013-01-01..", 3)]
    [InlineData("quy chế ngay:..2014-12-31", 2)]
    [InlineData("quy chế ngay:13/11/2014", 1)]
    [InlineData("loai:QĐ", 2)]
    [InlineData("loai:QĐ nam:2013", 1)]
    [InlineData("quy chế -loai:CV", 2)]
    public async Task Date_and_year_filters(string text, int expected)
    {
        await ThreeDocumentsAsync();
        Assert.Equal(expected, _fx.Search(text, "tttt", "gtvt").Total);
    }

    [Theory]
    [InlineData("nam:abc")]
    [InlineData("ngay:hôm..qua")]
    [InlineData("loai:")]
    [InlineData("-loai:QĐ")]
    [InlineData("foo:bar quy chế")]
    public async Task Unreadable_filters_never_fail(string text)
    {
        await ThreeDocumentsAsync();
        var results = _fx.Search(text, "tttt", "gtvt");
        Assert.True(results.Total >= 0);
    }

    [Fact]
    public async Task Caller_filters_restrict_by_type_and_dates()
    {
        var (qd, cv, old) = await ThreeDocumentsAsync();
        var both = MetaDocs.Query("quy chế", "tttt", "gtvt");
        Assert.Equal([cv.Id], _fx.Index.Search(both with { DocumentType = "cv" }).Hits.Select(h => h.Id));
        Assert.Equal(new[] { qd.Id, cv.Id }.Order(), _fx.Index.Search(both with { DateFrom = new DateOnly(2014, 1, 1) }).Hits.Select(h => h.Id).Order());
        Assert.Equal([old.Id], _fx.Index.Search(both with { DateTo = new DateOnly(2013, 12, 31) }).Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Filters_only_ever_see_permitted_documents()
    {
        await ThreeDocumentsAsync();
        Assert.Equal(0, _fx.Search("coquan:gtvt", "tttt").Total);
        Assert.Equal(1, _fx.Search("coquan:gtvt", "gtvt").Total);
    }
}
