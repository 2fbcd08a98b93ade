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
/// <c>GET /api/admin/audit?action=&amp;documentId=&amp;page=</c>: nhật ký hệ thống. The system admin reads
/// every agency's; an agency admin only their own agency's.
/// </summary>
internal static class GetAuditLog
{
    public static async Task<Results<Ok<AuditPageResponse>, ProblemHttpResult>> HandleAsync(
        string? action, Guid? documentId, int? page, int? pageSize, HttpContext http, EdocManDbContext db, CancellationToken ct)
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
        var rows = await query.OrderByDescending(e => e.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var accountIds = rows.Where(r => r.AccountId is not null).Select(r => r.AccountId!.Value).Distinct().ToList();
        var agencyIds = rows.Where(r => r.AgencyId is not null).Select(r => r.AgencyId!.Value).Distinct().ToList();
        var usernames = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Username, ct);
        var codes = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Code, ct);
        return TypedResults.Ok(new AuditPageResponse(number, size, rows.Select(r => new AuditEntryResponse(
            r.Id, r.At, r.AccountId is { } a ? usernames.GetValueOrDefault(a) : null, r.AgencyId is { } g ? codes.GetValueOrDefault(g) : null,
            r.Action, r.DocumentId, r.Detail)).ToList()));
    }
}
