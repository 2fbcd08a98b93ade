using System.Text;
using System.Text.RegularExpressions;
using EdocMan.Search.Core.Text;

namespace EdocMan.Search.Indexing.Querying;

/// <summary>
/// Splits raw query text into words, "quoted phrases", document numbers and -exclusions.
/// </summary>
/// <remarks>
/// Implementation note: this is deliberately not Lucene's classic QueryParser, which reads
/// "/…/" as a regular expression, fails on unbalanced quotes and brackets, and leaves wildcard
/// terms unanalysed. Here every character is literal text except the few operators users type;
/// punctuation is left for the tokenizer to drop. It never throws and caps the input length.
/// Field filters (<see cref="FieldFilter.Names"/>) are taken out first, so "so:31/2014/QĐ-UBND"
/// filters on the number instead of searching it.
/// </remarks>
internal static partial class UserQueryParser
{
    /// <summary>Longer input is cut: no real query needs more, and it bounds regex and analysis work.</summary>
    public const int MaxInputLength = 2000;

    public static ParsedUserQuery Parse(string? text)
    {
        var parsed = new ParsedUserQuery();
        if (string.IsNullOrWhiteSpace(text))
        {
            return parsed;
        }
        if (text.Length > MaxInputLength)
        {
            text = text[..MaxInputLength];
        }
        text = Normalize(text);
        text = ExtractFilters(text, parsed);
        var rest = ExtractNumbers(text, parsed);
        ParseWordsAndPhrases(rest, parsed);
        return parsed;
    }

    private static string Normalize(string text) =>
        // Typographic quotes from word processors and phones count as quotes.
        Analyzers.NfcText.Compose(text).Replace('“', '"').Replace('”', '"').Replace('„', '"');

    /// <summary>Takes out <c>name:value</c> and <c>name:"quoted value"</c> for the known names; others stay text.</summary>
    private static string ExtractFilters(string text, ParsedUserQuery parsed)
    {
        if (!text.Contains(':'))
        {
            return text;
        }
        try
        {
            return FilterPattern().Replace(text, m => Filter(m, parsed));
        }
        catch (RegexMatchTimeoutException)
        {
            return text; // pathological input: search it as text
        }
    }

    private static string Filter(Match m, ParsedUserQuery parsed)
    {
        var name = MetadataFields.Fold(m.Groups["name"].Value);
        var value = m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Groups["bare"].Value;
        if (!FieldFilter.Names.TryGetValue(name, out var field) || string.IsNullOrWhiteSpace(value))
        {
            return m.Value;
        }
        parsed.Filters.Add(new FieldFilter(field, value.Trim(), m.Groups["not"].Success));
        return " ";
    }

    private static string ExtractNumbers(string text, ParsedUserQuery parsed)
    {
        var matches = DocumentNumbers.Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }
        var rest = new StringBuilder(text);
        foreach (var match in matches)
        {
            var excluded = IsExcludedAt(text, match.Index);
            (excluded ? parsed.ExcludedNumbers : parsed.Numbers).Add(match.Value);
            var from = excluded ? match.Index - 1 : match.Index;
            for (var i = from; i < match.Index + match.Length; i++)
            {
                rest[i] = ' ';
            }
        }
        return rest.ToString();
    }

    private static bool IsExcludedAt(string text, int index) =>
        index > 0 && text[index - 1] == '-' && (index == 1 || char.IsWhiteSpace(text[index - 2]));

    private static void ParseWordsAndPhrases(string text, ParsedUserQuery parsed)
    {
        var excludeNext = false;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var excluded = excludeNext;
            excludeNext = false;
            if (text[i] == '-' || text[i] == '+')
            {
                excluded |= text[i] == '-';
                i++;
            }
            if (i < text.Length && text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close > i)
                {
                    var phrase = text[(i + 1)..close];
                    if (string.IsNullOrWhiteSpace(phrase))
                    {
                        i = close + 1;
                        continue;
                    }
                    (excluded ? parsed.ExcludedPhrases : parsed.Phrases).Add(phrase);
                    i = close + 1;
                    continue;
                }
                // An unbalanced quote is just a character; the rest is read as plain words.
                i++;
            }
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }
            var chunk = text[start..i].TrimStart('-', '+', '"');
            switch (chunk)
            {
                case "":
                case "AND" or "OR" or "&&" or "||":
                    continue;
                case "NOT":
                    excludeNext = true;
                    continue;
            }
            if (GluedSyllables.Repair(chunk) != chunk)
            {
                // Ingestion split this word in the stored text ("trang2e14a810" → "trang 2 e 14 a 810"):
                // a phrase, so the translator can match it as typed or as the stored text has it.
                (excluded ? parsed.ExcludedPhrases : parsed.Phrases).Add(chunk);
                continue;
            }
            (excluded ? parsed.ExcludedWords : parsed.Words).Add(chunk);
        }
    }

    /// <summary>
    /// The glued-syllable repair ingestion applies to every page text (<see cref="VietnameseTextRepair"/>);
    /// the query must see the same words, or typing a code exactly as the document writes it finds nothing.
    /// </summary>
    internal static GluedSyllableSplitter GluedSyllables => GluedSyllableSplitter.Default;

    [GeneratedRegex(@"(?<![\p{L}\d])(?<not>-)?(?<name>\p{L}+):(?:""(?<quoted>[^""]*)""|(?<bare>[^\s""]+))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex FilterPattern();
}
