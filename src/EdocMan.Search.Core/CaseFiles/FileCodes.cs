using System.Globalization;

namespace EdocMan.Search.Core.CaseFiles;

/// <summary>How the lines of a file plan are numbered (Decree 30/2020, Annex V).</summary>
public enum FilePlanNumbering
{
    /// <summary>01, 02… start again under each heading: 01.TCCB, 02.TCCB, 01.VP.</summary>
    WithinHeading = 0,

    /// <summary>One series over the whole plan: 01.TCCB, 02.TCCB, 03.VP.</summary>
    AcrossPlan = 1,
}

/// <summary>A plan line as numbering sees it: its heading's position and its current place under it.</summary>
/// <param name="HeadingOrder">1 for heading I, 2 for heading II…</param>
/// <param name="Sequence">The line's current number, which keeps lines in order under their heading.</param>
public sealed record PlanLine(int HeadingOrder, string HeadingCode, int Sequence);

/// <summary>
/// Số, ký hiệu hồ sơ: the line's number, two digits at least, a dot, and the heading's abbreviation
/// (<c>01.TCCB</c>); and the automatic numbering of a plan's lines.
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class FileCodes
{
    /// <summary>3, "TCCB" → "03.TCCB".</summary>
    public static string Format(int sequence, string headingCode) =>
        sequence.ToString("00", CultureInfo.InvariantCulture) + "." + NormalizeHeadingCode(headingCode);

    /// <summary>Heading abbreviations are upper case without spaces: " tccb " → "TCCB".</summary>
    public static string NormalizeHeadingCode(string headingCode) =>
        string.Concat(headingCode.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>Whether an abbreviation is usable in a code: 1–10 letters, digits or '-'.</summary>
    public static bool IsValidHeadingCode(string? headingCode) =>
        !string.IsNullOrWhiteSpace(headingCode)
        && NormalizeHeadingCode(headingCode) is { Length: >= 1 and <= 10 } code
        && code.All(c => char.IsLetterOrDigit(c) || c == '-');

    /// <summary>
    /// The new numbers of <paramref name="lines"/>, in the same order as given: lines keep their order
    /// (heading first, then current sequence; ties in the order given) and are numbered from 01 without gaps.
    /// </summary>
    public static IReadOnlyList<int> Renumber(IReadOnlyList<PlanLine> lines, FilePlanNumbering numbering)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var ordered = lines.Select((line, index) => (line, index))
            .OrderBy(x => x.line.HeadingOrder).ThenBy(x => x.line.Sequence).ThenBy(x => x.index)
            .ToList();
        var result = new int[lines.Count];
        var next = 1;
        int? heading = null;
        foreach (var (line, index) in ordered)
        {
            if (numbering == FilePlanNumbering.WithinHeading && heading != line.HeadingOrder)
            {
                next = 1;
            }
            heading = line.HeadingOrder;
            result[index] = next++;
        }
        return result;
    }

    /// <summary>
    /// The numbering a plan's lines show: within headings when the first line of every heading is 01;
    /// across the plan otherwise. A plan with one heading reads as <see cref="FilePlanNumbering.WithinHeading"/>,
    /// which numbers it exactly as the other rule would.
    /// </summary>
    /// <remarks>
    /// Implementation note: the plan stores no numbering setting (the data model has none), so the rule is
    /// read back from the numbers themselves; renumbering with a rule makes the plan read as that rule as
    /// soon as it has two headings.
    /// </remarks>
    public static FilePlanNumbering Infer(IReadOnlyList<PlanLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var firsts = lines.GroupBy(l => l.HeadingOrder).Select(g => g.Min(l => l.Sequence)).ToList();
        return firsts.Count <= 1 || firsts.All(s => s == 1) ? FilePlanNumbering.WithinHeading : FilePlanNumbering.AcrossPlan;
    }

    /// <summary>"I. Tổ chức, cán bộ": the heading as printed, Roman numeral first.</summary>
    public static string HeadingLabel(int headingOrder, string headingName) =>
        RomanNumeral.From(headingOrder) + ". " + headingName.Trim();

    /// <summary>Splits "II. Văn phòng" into (2, "Văn phòng"); a label without a numeral reads as (0, label).</summary>
    public static (int Order, string Name) ParseHeading(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var dot = label.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && RomanNumeral.Parse(label[..dot]) is { } order)
        {
            return (order, label[(dot + 1)..].Trim());
        }
        return (0, label.Trim());
    }
}
