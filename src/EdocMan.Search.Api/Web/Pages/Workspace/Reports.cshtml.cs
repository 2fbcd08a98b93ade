using System.Globalization;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Features.Reports;
using EdocMan.Search.Core.Reports;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Mvc;

namespace EdocMan.Search.Api.Web.Pages.Workspace;

/// <summary>
/// Báo cáo thống kê: the agency's usage report (báo cáo tình hình sử dụng) for a month, quarter or year
/// beside the period before, with bars for a glance, and the PDF and CSV to download; the province-wide
/// table for those allowed. Built by the API's own handlers, so the page shows what the files contain.
/// </summary>
public sealed class ReportsModel(EdocManDbContext db, TimeProvider time) : AgencyPageModel
{
    [BindProperty(SupportsGet = true, Name = "ky")]
    public string Kind { get; set; } = "month";

    [BindProperty(SupportsGet = true, Name = "nam")]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "thang")]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true, Name = "quy")]
    public string? Quarter { get; set; }

    /// <summary>Show the province-wide table instead of the agency's.</summary>
    [BindProperty(SupportsGet = true, Name = "toantinh")]
    public bool Province { get; set; }

    public UsageReportResponse? Report { get; private set; }

    public ProvinceUsageResponse? ProvinceReport { get; private set; }

    public string? Refused { get; private set; }

    public string? Error { get; private set; }

    public bool MayReadProvince { get; private set; }

    public ReportPeriod Current => ReportPeriod.Containing(ReportPeriodKind.Month, ReportPeriod.VietnamDay(time.GetUtcNow()));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = CurrentUser.From(User)!;
        MayReadProvince = ReportAccess.MayReadProvince(user);
        Kind = Kind is "quarter" or "year" ? Kind : "month";
        // Without a year (the first visit), the period of the chosen kind that contains today.
        var number = Year is null ? null : Kind == "quarter" ? Quarter : Kind == "month" ? Month : null;
        if (Province && MayReadProvince)
        {
            var (report, problem) = await GetProvinceUsageReport.BuildAsync(Kind, Year, number, HttpContext, db, time, ct);
            ProvinceReport = report;
            Error = problem?.ProblemDetails.Detail;
            Show(report?.Period);
            return;
        }
        if (!ReportAccess.MayReadAgency(user, Agency.Id))
        {
            Refused = "Báo cáo thống kê của đơn vị dành cho văn thư, lãnh đạo và quản trị của đơn vị.";
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        var (agencyReport, agencyProblem) = await GetUsageReport.BuildAsync(Kind, Year, number, HttpContext, db, time, ct);
        Report = agencyReport;
        Error = agencyProblem?.ProblemDetails.Detail;
        Show(agencyReport?.Period);
    }

    /// <summary>The form shows the period the table shows.</summary>
    private void Show(ReportPeriodResponse? period)
    {
        if (period is null)
        {
            return;
        }
        Year = period.Year.ToString(CultureInfo.InvariantCulture);
        if (period.Kind == "month")
        {
            Month = period.Number.ToString(CultureInfo.InvariantCulture);
        }
        if (period.Kind == "quarter")
        {
            Quarter = period.Number.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The API query of the shown period, for the downloads.</summary>
    public string Query(ReportPeriodResponse p) =>
        p.Kind == "year"
            ? string.Create(CultureInfo.InvariantCulture, $"period={p.Kind}&year={p.Year}")
            : string.Create(CultureInfo.InvariantCulture, $"period={p.Kind}&year={p.Year}&number={p.Number}");

    /// <summary>A bar's width in percent of the largest value of the table, so that bars compare across lines.</summary>
    public static int Bar(int value, int max) => max == 0 ? 0 : (int)Math.Round(100.0 * value / max);

    public static string Number(int n) => n.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));

    public static string Change(int delta) => delta switch
    {
        > 0 => "+" + Number(delta),
        < 0 => "−" + Number(-delta),
        _ => "0",
    };
}
