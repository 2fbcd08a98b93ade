using System.Globalization;
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
        string? period, string? year, string? number, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct) =>
        ReportResults.Json(await BuildAsync(period, year, number, http, db, time, ct));

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfAsync(
        string? period, string? year, string? number, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct) =>
        ReportResults.File(await BuildAsync(period, year, number, http, db, time, ct),
            r => new TablePdfRenderer(time).Render(UsageReportLayout.Province(r, ReportPeriod.VietnamDay(time.GetUtcNow()))),
            "application/pdf", r => $"bao-cao-su-dung-toan-tinh-{GetUsageReport.Slug(r.Period)}.pdf");

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CsvAsync(
        string? period, string? year, string? number, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct) =>
        ReportResults.File(await BuildAsync(period, year, number, http, db, time, ct),
            UsageReportCsv.Province, UsageReportCsv.ContentType, r => $"bao-cao-su-dung-toan-tinh-{GetUsageReport.Slug(r.Period)}.csv");

    internal static async Task<(ProvinceUsageResponse? Report, ProblemHttpResult? Problem)> BuildAsync(
        string? period, string? year, string? number, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (p, problem) = ReportResults.Check(ReportAccess.ProvinceDenied(http), period, year, number, time);
        if (p is null)
        {
            return (null, problem);
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
