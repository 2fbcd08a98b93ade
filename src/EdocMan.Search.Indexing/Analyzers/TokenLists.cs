using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace EdocMan.Search.Indexing.Analyzers;

/// <summary>Runs an analyzer over a string and collects the terms, for query building and tests.</summary>
internal static class TokenLists
{
    public static List<string> Analyze(Analyzer analyzer, string field, string text, int maxTokens = int.MaxValue)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text) || maxTokens <= 0)
        {
            return terms;
        }
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (terms.Count < maxTokens && stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }
}
