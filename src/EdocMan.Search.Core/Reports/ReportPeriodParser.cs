using System.Globalization;

namespace EdocMan.Search.Core.Reports;

/// <summary>
/// Reads a period from a request (<c>period=month|quarter|year&amp;year=2026&amp;number=11</c>), with messages
/// in Vietnamese a clerk can act on. Missing year and number mean the period that contains today.
/// </summary>
public static class ReportPeriodParser
{
    /// <param name="today">Today in Vietnam.</param>
    /// <returns>The period, or null and the reason in <paramref name="error"/>.</returns>
    public static ReportPeriod? TryParse(string? period, string? year, string? number, DateOnly today, out string? error)
    {
        error = null;
        ReportPeriodKind? kind = (period?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "month" or "thang" => ReportPeriodKind.Month,
            "quarter" or "quy" => ReportPeriodKind.Quarter,
            "year" or "nam" => ReportPeriodKind.Year,
            _ => null,
        };
        if (kind is not { } k)
        {
            error = "Kỳ báo cáo chỉ có thể là tháng (month), quý (quarter) hoặc năm (year).";
            return null;
        }
        var current = ReportPeriod.Containing(k, today);
        int y = current.Year;
        if (!string.IsNullOrWhiteSpace(year)
            && (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out y) || y < ReportPeriod.MinYear || y > ReportPeriod.MaxYear))
        {
            error = $"Năm báo cáo không hợp lệ; nhập năm bốn chữ số, ví dụ {today.Year}.";
            return null;
        }
        var max = k switch { ReportPeriodKind.Month => 12, ReportPeriodKind.Quarter => 4, _ => 1 };
        var n = string.IsNullOrWhiteSpace(year) ? current.Number : 1;
        if (k != ReportPeriodKind.Year && !string.IsNullOrWhiteSpace(number)
            && (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out n) || n < 1 || n > max))
        {
            error = k == ReportPeriodKind.Month ? "Tháng báo cáo phải từ 1 đến 12." : "Quý báo cáo phải từ 1 đến 4.";
            return null;
        }
        if (k != ReportPeriodKind.Year && string.IsNullOrWhiteSpace(number) && !string.IsNullOrWhiteSpace(year))
        {
            error = k == ReportPeriodKind.Month ? "Hãy chọn tháng báo cáo (1 đến 12)." : "Hãy chọn quý báo cáo (1 đến 4).";
            return null;
        }
        var result = k switch
        {
            ReportPeriodKind.Month => ReportPeriod.Month(y, n),
            ReportPeriodKind.Quarter => ReportPeriod.Quarter(y, n),
            _ => ReportPeriod.OfYear(y),
        };
        if (result.FirstDay > today)
        {
            error = $"{result.Label} chưa bắt đầu nên chưa có số liệu để báo cáo.";
            return null;
        }
        return result;
    }
}
