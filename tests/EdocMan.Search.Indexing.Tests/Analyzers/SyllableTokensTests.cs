using EdocMan.Search.Indexing.Analyzers;
using EdocMan.Search.Testing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace EdocMan.Search.Indexing.Tests.Analyzers;

/// <summary>Tokens analysed once and replayed into a chain are exactly what the chain's own analyzer gives.</summary>
public sealed class SyllableTokensTests : IDisposable
{
    private readonly IndexAnalyzers _analyzers = new();

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>
        {
            "Quyết định số 31/2014/QĐ-UBND ngày 13/11/2014 của UBND tỉnh Sơn La",
            "Hòa bình, khỏe mạnh, thủy lợi; hoà, khoẻ, thuỷ",
            "một",
            "   ",
            "e-mail: vanthu@sonla.gov.vn, www.sonla.gov.vn 😀 (kèm theo) 1.234,5 tỷ đồng",
            // Tokens over the tokenizer's 255 characters are skipped, here in the middle and at the very end.
            "đầu " + new string('a', 300) + " giữa cuối " + new string('b', 400),
        };
        foreach (var file in Directory.GetFiles(Samples.Directory, "*.txt"))
        {
            data.Add(File.ReadAllText(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_replay_gives_each_chain_the_same_terms_positions_and_offsets(string text)
    {
        var tokens = SyllableTokens.Of(_analyzers.Syllables, text);
        foreach (var (kind, analyzer) in new[] { (VietnameseTextKind.Exact, _analyzers.Exact), (VietnameseTextKind.Folded, _analyzers.Folded), (VietnameseTextKind.FoldedBigrams, _analyzers.FoldedBigrams) })
        {
            using var expected = analyzer.GetTokenStream(IndexSchema.Text, text);
            using var replayed = tokens.Replay(kind);
            Assert.Equal(Read(expected), Read(replayed));
        }
    }

    private static List<string> Read(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var seen = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            seen.Add($"{term} +{increment.PositionIncrement} {offsets.StartOffset}-{offsets.EndOffset}");
        }
        stream.End();
        seen.Add($"end +{increment.PositionIncrement} {offsets.EndOffset}");
        return seen;
    }

    public void Dispose() => _analyzers.Dispose();
}
