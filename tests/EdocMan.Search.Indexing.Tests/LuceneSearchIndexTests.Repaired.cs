using EdocMan.Search.Core.Text;
using EdocMan.Search.Indexing.Tests.Support;

namespace EdocMan.Search.Indexing.Tests;

/// <summary>
/// Ingestion stores page texts after <see cref="VietnameseTextRepair"/>, which splits some words
/// ("trang2e14a810" → "trang 2 e 14 a 810"); a query typed as the document writes them must still find it.
/// </summary>
public sealed partial class LuceneSearchIndexTests
{
    // A code the glued-syllable repair splits: "e" and "a" are syllables, "trang" a frequent one.
    private const string Code = "trang2e14a810";

    [Fact]
    public async Task A_word_split_by_the_text_repair_is_found_as_typed()
    {
        var stored = VietnameseTextRepair.Repair($"Thông báo lịch tiếp công dân {Code}.");
        Assert.DoesNotContain(Code, stored); // the premise: the stored page text no longer holds the word
        var doc = Docs.Make("Thông báo", pages: stored);
        await _fx.AddAsync(doc, Docs.Make("Thông báo khác", pages: "trang 2 và trang 14"));

        Assert.Equal(doc.Id, Assert.Single(_fx.Search(Code).Hits).Id);
        Assert.Equal(doc.Id, Assert.Single(_fx.Search($"thông báo {Code}").Hits).Id);
        Assert.Equal(doc.Id, Assert.Single(_fx.Search($"\"công dân {Code}\"").Hits).Id);
        Assert.Equal(0, _fx.Search($"thông báo -{Code}").Hits.Count(h => h.Id == doc.Id));
    }

    [Fact]
    public async Task A_word_split_by_the_text_repair_is_still_found_in_the_unrepaired_title()
    {
        var doc = Docs.Make($"Kế hoạch {Code}", pages: "Nội dung khác");
        await _fx.AddAsync(doc);

        Assert.Equal(doc.Id, Assert.Single(_fx.Search(Code).Hits).Id);
    }
}
