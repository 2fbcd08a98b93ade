using System.Globalization;
using EdocMan.Search.Core.Reports;
using EdocMan.Search.Printing.Tables;

namespace EdocMan.Search.Api.Features.Reports;

/// <summary>
/// The printed usage reports, laid out like the printed registers (A4 landscape, ruled table, a signature
/// block under it) so that the office can sign and file them.
/// </summary>
internal static class UsageReportLayout
{
    public const string Title = "BÁO CÁO TÌNH HÌNH SỬ DỤNG PHẦN MỀM QUẢN LÝ VĂN BẢN VÀ HỒ SƠ CÔNG VIỆC";

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>An agency's report: one line per indicator, this period beside the previous one.</summary>
    public static TableDocument Agency(UsageReportResponse report, DateOnly printedOn)
    {
        TableColumn[] columns =
        [
            new("STT", 4), new("Chỉ tiêu", 40), new($"Kỳ báo cáo ({report.Period.Label})", 16),
            new($"Kỳ trước ({report.PreviousPeriod.Label})", 16), new("Tăng (+), giảm (−)", 12),
        ];
        var rows = report.Lines.Select((line, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(Vi), line.Label, Number(line.Current), Number(line.Previous), Change(line.Current - line.Previous),
        ]).ToList();
        return new TableDocument(Title, [report.AgencyName, Period(report.Period)], columns, rows, Footer(printedOn));
    }

    /// <summary>The province's report: one row per agency and the total, the indicators as columns.</summary>
    public static TableDocument Province(ProvinceUsageResponse report, DateOnly printedOn)
    {
        var columns = new List<TableColumn> { new("STT", 4), new("Cơ quan, đơn vị", 17) };
        columns.AddRange(UsageIndicators.All.Select(i => new TableColumn(i.ShortLabel, 7)));
        var rows = report.Agencies.Select((row, i) => Row((i + 1).ToString(Vi), row.AgencyName, row.Figures)).ToList();
        rows.Add(Row(string.Empty, "Tổng cộng", report.Total));
        rows.Add(Row(string.Empty, $"Kỳ trước ({report.PreviousPeriod.Label})", report.PreviousTotal));
        return new TableDocument(Title, ["Toàn tỉnh: tất cả cơ quan, đơn vị sử dụng hệ thống", Period(report.Period)],
            columns, rows, Footer(printedOn));
    }

    private static IReadOnlyList<string> Row(string number, string name, UsageFigures figures) =>
        [number, name, .. UsageIndicators.All.Select(i => Number(i.Value(figures)))];

    private static string Period(ReportPeriodResponse p) =>
        $"Kỳ báo cáo: {p.Label} (từ ngày {Date(p.From)} đến ngày {Date(p.To)})";

    private static IReadOnlyList<string> Footer(DateOnly printedOn) =>
    [
        $"Ngày {printedOn.Day:00} tháng {printedOn.Month:00} năm {printedOn.Year}",
        "NGƯỜI LẬP BÁO CÁO",
        "(Ký, ghi rõ họ tên)",
    ];

    private static string Number(int n) => n.ToString("N0", Vi);

    private static string Change(int delta) => delta switch
    {
        > 0 => "+" + Number(delta),
        < 0 => "−" + Number(-delta),
        _ => "0",
    };

    private static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
