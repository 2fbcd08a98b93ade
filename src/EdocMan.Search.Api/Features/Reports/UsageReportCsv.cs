using System.Globalization;
using System.Text;
using EdocMan.Search.Core.Reports;

namespace EdocMan.Search.Api.Features.Reports;

/// <summary>
/// The usage reports as CSV for Excel: UTF-8 with a byte order mark, fields separated by semicolons, lines
/// ending in CRLF, numbers without thousands separators.
/// </summary>
/// <remarks>
/// Implementation note: Excel reads a CSV as UTF-8 only when it starts with the BOM (otherwise Vietnamese
/// turns into mojibake), and splits fields by the Windows list separator, which is ";" under the Vietnamese
/// regional format, where "," is the decimal comma. The "sep=;" hint line would work in any region but makes
/// Excel ignore the BOM, so it is not used. Every field is one cell; names containing ";" or quotes are quoted.
/// </remarks>
internal static class UsageReportCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public const char Separator = ';';

    /// <summary>One line per indicator: its key, its Vietnamese name, this period, the previous one.</summary>
    public static byte[] Agency(UsageReportResponse report)
    {
        var lines = new List<IEnumerable<string>>
        {
            new[] { "Mã chỉ tiêu", "Chỉ tiêu", $"Kỳ báo cáo ({report.Period.Label})", $"Kỳ trước ({report.PreviousPeriod.Label})" },
        };
        lines.AddRange(report.Lines.Select(l => new[] { l.Key, l.Label, Number(l.Current), Number(l.Previous) }));
        return Write(lines);
    }

    /// <summary>One line per agency and a last line "Tổng cộng"; a column per indicator.</summary>
    public static byte[] Province(ProvinceUsageResponse report)
    {
        var lines = new List<IEnumerable<string>>
        {
            new[] { "Mã đơn vị", "Cơ quan, đơn vị" }.Concat(UsageIndicators.All.Select(i => i.Label)),
        };
        lines.AddRange(report.Agencies.Select(r => Row(r.Agency, r.AgencyName, r.Figures)));
        lines.Add(Row(string.Empty, "Tổng cộng", report.Total));
        return Write(lines);
    }

    private static IEnumerable<string> Row(string code, string name, UsageFigures figures) =>
        new[] { code, name }.Concat(UsageIndicators.All.Select(i => Number(i.Value(figures))));

    private static byte[] Write(IEnumerable<IEnumerable<string>> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.AppendJoin(Separator, line.Select(Field)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Field(string value)
    {
        // A cell starting with = + - @ would be run as a formula by Excel; a leading apostrophe shows it as text.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
