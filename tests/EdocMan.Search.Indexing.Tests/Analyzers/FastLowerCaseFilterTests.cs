using System.Text;
using EdocMan.Search.Indexing.Analyzers;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;

namespace EdocMan.Search.Indexing.Tests.Analyzers;

/// <summary>The table-driven lower case gives exactly Lucene's terms.</summary>
public sealed class FastLowerCaseFilterTests
{
    [Fact]
    public void Every_character_of_the_tables_lowers_as_Lucene_lowers_it()
    {
        // One character per token: whitespace tokenising keeps every letter, digit and sign of the ranges.
        var text = new StringBuilder();
        foreach (var (start, end) in new[] { (0x21, 0x250), (0x1E00, 0x1F00) })
        {
            for (var c = start; c < end; c++)
            {
                if (!char.IsWhiteSpace((char)c))
                {
                    text.Append((char)c).Append(' ');
                }
            }
        }

        Assert.Equal(Terms(text.ToString(), lucene: true), Terms(text.ToString(), lucene: false));
    }

    [Theory]
    [InlineData("QUYẾT ĐỊNH ƯU ĐÃI ƠN")]
    [InlineData("İSTANBUL ΑΘΗΝΑ МОСКВА Đà Nẵng")]
    [InlineData("ĐẦU😀CUỐI 𝐀𝐁 ǅǄǆ ẞ")]
    public void Other_scripts_and_surrogate_pairs_fall_back_to_Lucene(string text)
    {
        Assert.Equal(Terms(text, lucene: true), Terms(text, lucene: false));
    }

    private static List<string> Terms(string text, bool lucene)
    {
        using var analyzer = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new WhitespaceTokenizer(VietnameseAnalyzer.Version, reader);
            return new TokenStreamComponents(source, lucene ? new LowerCaseFilter(VietnameseAnalyzer.Version, source) : new FastLowerCaseFilter(source));
        });
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var terms = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }
}
