using EdocMan.Search.Api.Auth;
using EdocMan.Search.Core.Reports;
using EdocMan.Search.Data;
using EdocMan.Search.Printing.Tables;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EdocMan.Search.Api.Features.Reports;

/// <summary>
/// <c>GET /{agency}/api/reports/usage[.pdf|.csv]?period=month|quarter|year&amp;year=&amp;number=</c>: the agency's
/// usage report (báo cáo tình hình sử dụng) for a period and the period before it.
/// </summary>
internal static class GetUsageReport
{
    public static async Task<Results<Ok<UsageReportResponse>, ProblemHttpResult>> JsonAsync(
        string? period, string? year, string? number, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct) =>
        ReportResults.Json(await BuildAsync(period, year, number, http, db, time, ct));

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfAsync(
        string? period, string? year, string? number, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct) =>
        ReportResults.File(await BuildAsync(period, year, number, http, db, time, ct),
            r => new TablePdfRenderer(time).Render(UsageReportLayout.Agency(r, ReportPeriod.VietnamDay(time.GetUtcNow()))),
            "application/pdf", r => $"bao-cao-su-dung-{r.Agency}-{Slug(r.Period)}.pdf");

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CsvAsync(
        string? period, string? year, string? number, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct) =>
        ReportResults.File(await BuildAsync(period, year, number, http, db, time, ct),
            UsageReportCsv.Agency, UsageReportCsv.ContentType, r => $"bao-cao-su-dung-{r.Agency}-{Slug(r.Period)}.csv");

    /// <summary>Checks who asks and what period, then counts. Shared with the web page.</summary>
    internal static async Task<(UsageReportResponse? Report, ProblemHttpResult? Problem)> BuildAsync(
        string? period, string? year, string? number, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (p, problem) = ReportResults.Check(ReportAccess.AgencyDenied(http), period, year, number, time);
        if (p is null)
        {
            return (null, problem);
        }
        var agency = http.Agency();
        var current = (await UsageQuery.CountAsync(db, [agency.Id], p, ct))[agency.Id];
        var previous = (await UsageQuery.CountAsync(db, [agency.Id], p.Previous, ct))[agency.Id];
        return (new UsageReportResponse(agency.Code, agency.Name, ReportPeriodResponse.Of(p), ReportPeriodResponse.Of(p.Previous),
            current, previous, UsageLines.Of(current, previous)), null);
    }

    internal static string Slug(ReportPeriodResponse p) => p.Kind switch
    {
        "month" => $"{p.Year}-{p.Number:00}",
        "quarter" => $"{p.Year}-q{p.Number}",
        _ => $"{p.Year}",
    };
}
