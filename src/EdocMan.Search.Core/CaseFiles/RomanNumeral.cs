using System.Text;

namespace EdocMan.Search.Core.CaseFiles;

/// <summary>
/// Roman numerals for the headings of a file plan ("I. Tổ chức, cán bộ", Decree 30/2020, Annex V):
/// headings are numbered I, II, III… in the order they appear.
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class RomanNumeral
{
    private static readonly (int Value, string Symbol)[] Symbols =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    /// <summary>1 → "I", 14 → "XIV"; from 1 to 3999.</summary>
    public static string From(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 3999);
        var sb = new StringBuilder();
        foreach (var (v, symbol) in Symbols)
        {
            while (value >= v)
            {
                sb.Append(symbol);
                value -= v;
            }
        }
        return sb.ToString();
    }

    /// <summary>"XIV" → 14 (case-insensitive); null when the text is not a well-formed numeral.</summary>
    public static int? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > 15)
        {
            return null;
        }
        var upper = text.Trim().ToUpperInvariant();
        var total = 0;
        var i = 0;
        foreach (var (v, symbol) in Symbols)
        {
            while (string.CompareOrdinal(upper, i, symbol, 0, symbol.Length) == 0 && i + symbol.Length <= upper.Length)
            {
                total += v;
                i += symbol.Length;
            }
        }
        // Round-tripping rejects "IIII", "VX" and the like.
        return i == upper.Length && total is >= 1 and <= 3999 && From(total) == upper ? total : null;
    }
}
