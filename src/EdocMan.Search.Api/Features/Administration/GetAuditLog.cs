using System.Globalization;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Audit;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Administration;

/// <summary>One line of the audit log as administrators read it.</summary>
public sealed record AuditEntryResponse(long Id, DateTimeOffset At, string? Username, string? Agency, string Action, Guid? DocumentId, string? Detail);

/// <summary>A page of the audit log, newest first.</summary>
public sealed record AuditPageResponse(int Page, int PageSize, IReadOnlyList<AuditEntryResponse> Entries);

/// <summary>
/// <c>GET /api/admin/audit?action=&amp;documentId=&amp;account=&amp;from=&amp;to=&amp;agency=&amp;page=</c>: nhật ký hệ
/// thống. The system admin reads every agency's (or one, with <c>agency</c>); an agency admin only their own
/// agency's. <c>from</c> and <c>to</c> are Vietnam days (yyyy-MM-dd), both included.
/// </summary>
internal static class GetAuditLog
{
    public static async Task<Results<Ok<AuditPageResponse>, ProblemHttpResult>> HandleAsync(
        string? action, Guid? documentId, int? page, int? pageSize, HttpContext http, EdocManDbContext db, CancellationToken ct,
        string? account = null, string? from = null, string? to = null, string? agency = null)
    {
        var (admin, problem) = AdminAccess.Check(http);
        if (admin is null)
        {
            return problem!;
        }
        var size = Math.Clamp(pageSize ?? 50, 1, 500);
        var number = Math.Max(1, page ?? 1);
        IQueryable<AuditEntry> query = db.AuditLog.AsNoTracking();
        if (!admin.IsSystemAdmin)
        {
            query = query.Where(e => e.AgencyId == admin.AgencyId);
        }
        if (!string.IsNullOrWhiteSpace(action))
        {
            query = query.Where(e => e.Action == action);
        }
        if (documentId is { } doc)
        {
            query = query.Where(e => e.DocumentId == doc);
        }
        if (!string.IsNullOrWhiteSpace(account))
        {
            var username = account.Trim().ToLowerInvariant();
            var accountId = await db.Accounts.AsNoTracking().Where(a => a.Username == username).Select(a => (int?)a.Id).SingleOrDefaultAsync(ct);
            query = query.Where(e => e.AccountId == accountId);
        }
        if (!string.IsNullOrWhiteSpace(agency) && admin.IsSystemAdmin)
        {
            var code = agency.Trim().ToLowerInvariant();
            var agencyId = await db.Agencies.AsNoTracking().Where(a => a.Code == code).Select(a => (int?)a.Id).SingleOrDefaultAsync(ct);
            query = query.Where(e => e.AgencyId == agencyId);
        }
        var (fromDay, toDay, dateError) = (ParseDay(from), ParseDay(to), (string?)null);
        if ((from is { Length: > 0 } && fromDay is null) || (to is { Length: > 0 } && toDay is null))
        {
            dateError = "Ngày không hợp lệ; hãy nhập theo dạng năm-tháng-ngày, ví dụ 2026-11-25.";
        }
        else if (fromDay > toDay)
        {
            dateError = "Từ ngày phải trước hoặc bằng đến ngày.";
        }
        if (dateError is not null)
        {
            return Problems.Of(400, dateError);
        }
        // Days are Vietnam days (UTC+7), as the registers count them; the log stores UTC instants.
        if (fromDay is { } f)
        {
            var start = new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7));
            query = query.Where(e => e.At >= start);
        }
        if (toDay is { } t)
        {
            var end = new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7));
            query = query.Where(e => e.At < end);
        }
        var rows = await query.OrderByDescending(e => e.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var accountIds = rows.Where(r => r.AccountId is not null).Select(r => r.AccountId!.Value).Distinct().ToList();
        var agencyIds = rows.Where(r => r.AgencyId is not null).Select(r => r.AgencyId!.Value).Distinct().ToList();
        var usernames = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Username, ct);
        var codes = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Code, ct);
        return TypedResults.Ok(new AuditPageResponse(number, size, rows.Select(r => new AuditEntryResponse(
            r.Id, r.At, r.AccountId is { } a ? usernames.GetValueOrDefault(a) : null, r.AgencyId is { } g ? codes.GetValueOrDefault(g) : null,
            r.Action, r.DocumentId, r.Detail)).ToList()));
    }

    private static DateOnly? ParseDay(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
