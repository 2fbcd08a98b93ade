using EdocMan.Search.Indexing.Querying;

namespace EdocMan.Search.Indexing.Tests.Querying;

public sealed class UserQueryParserTests
{
    [Fact]
    public void Splits_words_phrases_numbers_and_exclusions()
    {
        var parsed = UserQueryParser.Parse("quyết định \"quản lý\" -thử -\"bản nháp\" 31/2014/QĐ-UBND -15/2012/TT-BTC NOT cũ");

        Assert.Equal(["quyết", "định"], parsed.Words);
        Assert.Equal(["quản lý"], parsed.Phrases);
        Assert.Equal(["31/2014/QĐ-UBND"], parsed.Numbers);
        Assert.Equal(["thử", "cũ"], parsed.ExcludedWords);
        Assert.Equal(["bản nháp"], parsed.ExcludedPhrases);
        Assert.Equal(["15/2012/TT-BTC"], parsed.ExcludedNumbers);
    }

    [Fact]
    public void A_word_the_text_repair_would_split_is_a_phrase()
    {
        var parsed = UserQueryParser.Parse("thông báo trang2e14a810 -sửdụng");

        Assert.Equal(["thông", "báo"], parsed.Words);
        Assert.Equal(["trang2e14a810"], parsed.Phrases);
        Assert.Equal(["sửdụng"], parsed.ExcludedPhrases);
        Assert.Empty(parsed.ExcludedWords);
    }

    [Fact]
    public void Unbalanced_quote_is_read_as_words()
    {
        var parsed = UserQueryParser.Parse("quản \"lý văn bản");

        Assert.Equal(["quản", "lý", "văn", "bản"], parsed.Words);
        Assert.Empty(parsed.Phrases);
    }

    [Fact]
    public void Typographic_quotes_make_a_phrase()
    {
        Assert.Equal(["quản lý"], UserQueryParser.Parse("“quản lý”").Phrases);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("AND")]
    [InlineData("-")]
    [InlineData("\"\"")]
    public void Nothing_to_search_for_gives_an_empty_query(string? text)
    {
        Assert.True(UserQueryParser.Parse(text).IsEmpty);
    }

    [Fact]
    public void Input_is_capped()
    {
        var parsed = UserQueryParser.Parse(string.Join(' ', Enumerable.Repeat("ab", 5000)));

        Assert.True(parsed.Words.Count <= UserQueryParser.MaxInputLength / 2);
    }
}
