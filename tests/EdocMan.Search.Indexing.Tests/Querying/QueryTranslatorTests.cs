using EdocMan.Search.Indexing.Analyzers;
using EdocMan.Search.Indexing.Querying;
using Lucene.Net.Search;

namespace EdocMan.Search.Indexing.Tests.Querying;

public sealed class QueryTranslatorTests : IDisposable
{
    private readonly IndexAnalyzers _analyzers = new();
    private readonly QueryTranslator _translator;

    public QueryTranslatorTests()
    {
        _translator = new QueryTranslator(_analyzers);
    }

    public void Dispose() => _analyzers.Dispose();

    [Fact]
    public void Folded_words_are_required_and_exact_spelling_title_and_bigrams_only_boost()
    {
        var translated = _translator.Translate("quản lý")!;

        var required = ((BooleanQuery)translated.Required).Clauses.Where(c => c.Occur == Occur.MUST).Select(c => c.Query.ToString()).ToList();
        Assert.Equal(["text_fold:quan", "text_fold:ly"], required);
        Assert.Equal(
            ["title_fold:quan^0.5", "text:quản^0.5", "title_fold:ly^0.5", "text:lý^0.5", "text_fold2:quan ly^1.5"],
            translated.Boosts.Select(b => b.ToString()));
    }

    [Fact]
    public void Query_without_diacritics_has_no_exact_clauses()
    {
        var text = _translator.Translate("quan ly")!.Search.ToString();

        Assert.DoesNotContain("text:", text);
        Assert.Contains("text_fold:quan", text);
    }

    [Fact]
    public void Document_number_is_routed_to_the_docno_field()
    {
        var query = (BooleanQuery)_translator.Translate("Số: 31 / 2014 / QĐ-UBND")!.Required;

        var number = Assert.Single(query.Clauses, c => c.Occur == Occur.MUST);
        Assert.Contains("docno:31/2014/qd-ubnd^10.0", number.Query.ToString());
        // The phrase goes by bigrams: rare terms instead of "qd", "ubnd" and the year on their own.
        Assert.Contains("text_fold2:\"31 2014 2014 qd qd ubnd\"", number.Query.ToString());
        // With a number, free words ("số") only rank.
        Assert.DoesNotContain(query.Clauses, c => c.Occur == Occur.MUST && c.Query.ToString().Contains("text_fold:so"));
    }

    [Fact]
    public void Phrases_and_exclusions_are_translated()
    {
        var query = (BooleanQuery)_translator.Translate("\"quan ly\" -nhap")!.Required;

        // A two-word phrase is one folded bigram.
        Assert.Contains(query.Clauses, c => c.Occur == Occur.MUST && c.Query.ToString().Contains("text_fold2:quan ly"));
        Assert.Contains(query.Clauses, c => c.Occur == Occur.MUST_NOT && c.Query.ToString() == "text_fold:\"nhap\"");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-nhap")]
    [InlineData("*")]
    [InlineData("?? !! ...")]
    public void Nothing_to_rank_gives_null(string text)
    {
        Assert.Null(_translator.Translate(text));
    }

    [Fact]
    public void Long_input_is_capped_below_the_clause_limit()
    {
        var text = string.Join(' ', Enumerable.Range(0, 3000).Select(i => "từ" + i));

        var translated = _translator.Translate(text)!;
        var query = (BooleanQuery)translated.Required;

        Assert.True(query.Clauses.Count(c => c.Occur == Occur.MUST) <= QueryTranslator.MaxTerms);
        Assert.True(query.Clauses.Count < BooleanQuery.MaxClauseCount);
        Assert.True(translated.Boosts.Count < BooleanQuery.MaxClauseCount);
    }
}
