using System.Text.RegularExpressions;

namespace EdocMan.Search.Indexing;

/// <summary>
/// Finds Vietnamese document numbers (số, ký hiệu) such as "31/2014/QĐ-UBND", "503/TTr-STTTT" or
/// "Số: 31 / 2014 / QĐ - UBND" in running text.
/// </summary>
/// <remarks>
/// Implementation note: the symbol part must start with a letter, so dates ("12/05/2014") and
/// fractions are not taken for numbers, and a spaced dash continues a number only before an
/// upper-case code ("QĐ - UBND"), so "31/2014/QĐ-UBND -nháp" keeps its exclusion. The same pattern serves the indexer (numbers cited in the
/// body become searchable by number) and the query translator (a number in the query is routed to
/// the number field), so both sides agree on what a number is.
/// </remarks>
public static partial class DocumentNumbers
{
    /// <summary>At most this many distinct numbers are taken from one document's body.</summary>
    public const int MaxPerDocument = 200;

    /// <summary>Returns the distinct numbers in <paramref name="text"/> in order of appearance.</summary>
    public static IReadOnlyList<string> Extract(string? text, int max = MaxPerDocument)
    {
        var found = new List<string>();
        foreach (var match in Matches(text))
        {
            if (found.Count >= max)
            {
                break;
            }
            if (!found.Contains(match.Value, StringComparer.OrdinalIgnoreCase))
            {
                found.Add(match.Value);
            }
        }
        return found;
    }

    /// <summary>The matches with their positions; empty if the text is empty or the scan times out.</summary>
    internal static IReadOnlyList<Match> Matches(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        try
        {
            return Pattern().Matches(text).ToList();
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: searching or indexing without numbers beats failing.
            return [];
        }
    }

    // The timeout bounds a pathological text, not a normal one: at 200 ms a long page scanned while the machine was
    // saturated (tests, builds) sometimes ran out of time and lost its numbers.
    [GeneratedRegex(
        @"(?<![\p{L}\d/])\d{1,6}(?:\s*/\s*\d{4})?\s*/\s*\p{L}[\p{L}\d]*(?:[-–][\p{L}\d]+|\s*[-–]\s*\p{Lu}[\p{Lu}\d]*(?![\p{L}\d]))*",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
