using System.Globalization;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Reports;
using EdocMan.Search.Data;
using EdocMan.Search.Printing.Tables;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Reports;

/// <summary><c>GET /api/reports/usage[.pdf|.csv]</c>: every agency of the province, one row each, and the total.</summary>
internal static class GetProvinceUsageReport
{
    public static async Task<Results<Ok<ProvinceUsageResponse>, ProblemHttpResult>> JsonAsync(
        string? period, string? year, string? number, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (report, problem) = await BuildAsync(period, year, number, http, db, time, ct);
        return report is null ? problem! : TypedResults.Ok(report);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfAsync(
        string? period, string? year, string? number, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (report, problem) = await BuildAsync(period, year, number, http, db, time, ct);
        if (report is null)
        {
            return problem!;
        }
        var pdf = new TablePdfRenderer(time).Render(UsageReportLayout.Province(report, ReportPeriod.VietnamDay(time.GetUtcNow())));
        return TypedResults.File(pdf, "application/pdf", $"bao-cao-su-dung-toan-tinh-{GetUsageReport.Slug(report.Period)}.pdf");
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CsvAsync(
        string? period, string? year, string? number, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (report, problem) = await BuildAsync(period, year, number, http, db, time, ct);
        return report is null
            ? problem!
            : TypedResults.File(UsageReportCsv.Province(report), UsageReportCsv.ContentType, $"bao-cao-su-dung-toan-tinh-{GetUsageReport.Slug(report.Period)}.csv");
    }

    internal static async Task<(ProvinceUsageResponse? Report, ProblemHttpResult? Problem)> BuildAsync(
        string? period, string? year, string? number, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (ReportAccess.ProvinceDenied(http) is { } denied)
        {
            return (null, denied);
        }
        if (ReportPeriodParser.TryParse(period, year, number, ReportPeriod.VietnamDay(time.GetUtcNow()), out var error) is not { } p)
        {
            return (null, Problems.Of(400, error!));
        }
        // In Vietnamese alphabetical order, as a printed list of agencies would be (SQLite would sort by code points).
        var agencies = (await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.Code, a.Name }).ToListAsync(ct))
            .OrderBy(a => a.Name, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true)).ToList();
        var ids = agencies.Select(a => a.Id).ToList();
        var current = await UsageQuery.CountAsync(db, ids, p, ct);
        var previous = await UsageQuery.CountAsync(db, ids, p.Previous, ct);
        var rows = agencies.Select(a => new AgencyUsageRow(a.Code, a.Name, current[a.Id])).ToList();
        return (new ProvinceUsageResponse(ReportPeriodResponse.Of(p), ReportPeriodResponse.Of(p.Previous), rows,
            Sum(current.Values), Sum(previous.Values)), null);
    }

    private static UsageFigures Sum(IEnumerable<UsageFigures> figures) => figures.Aggregate(UsageFigures.Zero, (a, b) => a + b);
}
