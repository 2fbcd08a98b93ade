using EdocMan.Search.Indexing.Tests.Support;

namespace EdocMan.Search.Indexing.Tests;

public sealed partial class LuceneSearchIndexTests
{
    [Fact]
    public async Task Number_query_ranks_the_numbered_document_first_then_its_unrecognised_mentions_and_nothing_else()
    {
        var own = Docs.Make("Quyết định về quy chế", number: "31/2014/QĐ-UBND", pages: "Nội dung quy chế");
        // OCR lost the slashes: not taken for a number, found only by the words of the number in sequence.
        var mention = Docs.Make("Báo cáo thực hiện", pages: "Thực hiện Quyết định số 31 2014 QĐ UBND của tỉnh");
        // Every word of the number, but not in sequence: documents sharing "UBND" or the year must not match.
        var scattered = Docs.Make("Quyết định khác", number: "32/2014/QĐ-UBND", pages: "Năm 2014 UBND ban hành QĐ sửa Điều 31");
        await _fx.AddAsync(mention, scattered, own);

        var results = _fx.Search("31/2014/QĐ-UBND");

        Assert.Equal([own.Id, mention.Id], results.Hits.Select(h => h.Id));
        Assert.Equal(2, results.Total);
    }

    [Fact]
    public async Task Number_typed_without_diacritics_finds_the_number_with_them_and_marks_it()
    {
        var own = Docs.Make("Công văn", number: "1659/PB-BTC", pages: "Căn cứ Quyết định 2221/QĐ-KBNN của Kho bạc");
        await _fx.AddAsync(own, Docs.Make("Khác", pages: "Quyết định 2221 của Kho bạc, KBNN"));

        var hit = Assert.Single(_fx.Search("2221/qd-kbnn").Hits);

        Assert.Equal(own.Id, hit.Id);
        Assert.Contains("<mark>2221</mark>/<mark>QĐ</mark>-<mark>KBNN</mark>", Assert.Single(hit.Snippets).Html);
    }
}
