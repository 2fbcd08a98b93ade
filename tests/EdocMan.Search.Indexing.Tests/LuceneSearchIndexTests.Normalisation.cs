using System.Text;
using EdocMan.Search.Indexing.Tests.Support;

namespace EdocMan.Search.Indexing.Tests;

/// <summary>The writer's chains do not compose letters themselves: every text is composed before it is analysed.</summary>
public sealed partial class LuceneSearchIndexTests
{
    [Fact]
    public async Task Decomposed_text_and_metadata_are_found_with_and_without_diacritics()
    {
        var nfd = (string s) => s.Normalize(NormalizationForm.FormD);
        await _fx.AddAsync(Docs.Make(nfd("Quyết định về đường thủy"), pages: nfd("Quy định quản lý đường thủy nội địa tỉnh Sơn La")) with
        {
            Signer = nfd("Nguyễn Văn Đức"),
        });

        Assert.Equal(1, _fx.Search("đường thủy").Total);
        Assert.Equal(1, _fx.Search("duong thuy noi dia").Total);
        Assert.Equal(1, _fx.Search("\"quản lý đường thủy\"").Total);
        Assert.Equal(1, _fx.Search("nguoiky:\"Nguyễn Văn Đức\"").Total);
        Assert.Contains("<mark>đường</mark> <mark>thủy</mark>", Assert.Single(_fx.Search("duong thuy").Hits).Snippets[0].Html);
    }

    [Fact]
    public async Task Text_that_cannot_be_normalised_is_indexed_with_the_invalid_characters_replaced()
    {
        await _fx.AddAsync(Docs.Make("Báo cáo \ud800 lỗi", pages: "nội dung \ufffe có ký tự \udc00 hỏng") with { Signer = "Lê \ud800 Văn" });

        Assert.Equal(1, _fx.Search("ký tự hỏng").Total);
        Assert.Equal(1, _fx.Search("nguoiky:\"Lê Văn\"").Total);
    }
}
