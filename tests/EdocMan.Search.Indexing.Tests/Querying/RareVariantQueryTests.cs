using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Indexing.Querying;
using EdocMan.Search.Indexing.Tests.Support;

namespace EdocMan.Search.Indexing.Tests.Querying;

/// <summary>The one-edit fallback of long words keeps misspellings and leaves other words alone.</summary>
public sealed class RareVariantQueryTests : IDisposable
{
    private readonly IndexFixture _fx = new();

    [Theory]
    [InlineData(5, 50_000, true)]        // an OCR error beside a common word
    [InlineData(40_000, 0, true)]        // a typo in the query beside the word meant
    [InlineData(300, 900, true)]         // both rare: cheap either way
    [InlineData(30_000, 50_000, false)]  // two common words ("thuong" beside "truong")
    [InlineData(1_500, 5_000, false)]
    public void A_variant_is_a_misspelling_when_one_side_is_ten_times_rarer_or_both_are_rare(int variantDocs, int wordDocs, bool kept)
    {
        Assert.Equal(kept, RareVariantQuery.IsMisspelling(variantDocs, wordDocs));
    }

    [Fact]
    public async Task A_long_word_finds_its_OCR_misspelling_but_not_a_common_word_one_edit_away()
    {
        // More documents than RareVariantQuery.CheapDocuments on each side, so the ratio decides.
        var common = RareVariantQuery.CheapDocuments + 100;
        var documents = Enumerable.Range(0, common).SelectMany(i => new[]
        {
            Make("trường học số " + i), Make("thương mại số " + i),
        }).Append(Make("truomg học vùng cao")).ToList();
        foreach (var document in documents)
        {
            await _fx.Index.UpsertAsync(document, CancellationToken.None);
        }
        await _fx.Index.RefreshAsync();

        var results = _fx.Index.Search(Docs.Query("trường") with { PageSize = 1 });
        Assert.Equal(common + 1, results.Total); // every "trường" and the misspelt one, no "thương"
        Assert.Equal(1, _fx.Index.Search(Docs.Query("truomg vùng cao")).Total);
        // A typo in the query still finds the word meant.
        Assert.Equal(common, _fx.Index.Search(Docs.Query("thuomg mại") with { PageSize = 1 }).Total);
    }

    private static IndexDocument Make(string text) => Docs.Make(text, pages: text) with { AccessTokens = [AccessTokens.Agency("tttt")] };

    public void Dispose() => _fx.Dispose();
}
