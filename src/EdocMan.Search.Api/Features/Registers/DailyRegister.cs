using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Audit;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Data;
using EdocMan.Search.Printing.Tables;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Registers;

/// <summary>A register day's state after closing it.</summary>
public sealed record RegisterDayResponse(string Register, DateOnly Day, bool Closed, DateTimeOffset? ClosedAt, int Entries);

/// <summary>
/// In sổ and khóa sổ (Decree 30/2020, Art. 16.2.b, 22.3.b): print one day of a register as a PDF and
/// close it, after which its lines are immutable and corrections are dated annotations.
/// </summary>
internal static class DailyRegister
{
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PrintAsync(
        string kind, DateOnly date, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (RegisterRoutes.Parse(kind) is not { } register)
        {
            return Problems.Of(404, RegisterRoutes.UnknownRegister);
        }
        var agency = http.Agency();
        if (Denied(http) is { } denied)
        {
            return denied;
        }
        var entries = await db.RegisterEntries.AsNoTracking()
            .Where(e => e.AgencyId == agency.Id && e.Kind == register && e.RegisteredOn == date)
            .OrderBy(e => e.Series).ThenBy(e => e.Number)
            .ToListAsync(ct);
        var ids = entries.Select(e => e.Id).ToList();
        var annotations = (await db.RegisterAnnotations.AsNoTracking().Where(a => ids.Contains(a.EntryId)).ToListAsync(ct)).ToLookup(a => a.EntryId);
        var types = await db.DocumentTypes.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, ct);
        var closed = await db.RegisterDays.AnyAsync(d => d.AgencyId == agency.Id && d.Kind == register && d.Day == date, ct);
        var table = RegisterPrintLayout.Build(agency.Name, register, date, closed, entries, types, annotations);
        var pdf = new TablePdfRenderer(time).Render(table);
        return TypedResults.File(pdf, "application/pdf", $"so-{RegisterRoutes.Slug(register)}-{agency.Code}-{date:yyyy-MM-dd}.pdf");
    }

    public static async Task<Results<Ok<RegisterDayResponse>, ProblemHttpResult>> CloseAsync(
        string kind, DateOnly date, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (RegisterRoutes.Parse(kind) is not { } register)
        {
            return Problems.Of(404, RegisterRoutes.UnknownRegister);
        }
        var agency = http.Agency();
        var user = CurrentUser.From(http.User)!;
        if (agency.Id != user.AgencyId || !RegisterDocument.RegisteringRoles.Any(user.Roles.Contains))
        {
            return Problems.Of(403, "Chỉ văn thư của đơn vị mới được khóa sổ.");
        }
        if (date > RegisterRoutes.Today(time))
        {
            return Problems.Of(400, "Không khóa sổ cho một ngày chưa đến.");
        }
        if (await db.RegisterDays.AnyAsync(d => d.AgencyId == agency.Id && d.Kind == register && d.Day == date, ct))
        {
            return Problems.Of(409, "Sổ của ngày này đã được khóa trước đó.");
        }
        var count = await db.RegisterEntries.CountAsync(e => e.AgencyId == agency.Id && e.Kind == register && e.RegisteredOn == date, ct);
        var day = new RegisterDay { AgencyId = agency.Id, Kind = register, Day = date, ClosedAt = time.GetUtcNow(), ClosedBy = user.AccountId };
        db.RegisterDays.Add(day);
        AuditTrail.Add(db, time, user, AuditActions.RegisterClose, null, $"khóa sổ {RegisterRoutes.Slug(register)} ngày {date:yyyy-MM-dd}: {count} văn bản");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Problems.Of(409, "Sổ của ngày này đã được khóa trước đó.");
        }
        return TypedResults.Ok(new RegisterDayResponse(RegisterRoutes.Slug(register), date, true, day.ClosedAt, count));
    }

    /// <summary>Reading and printing the registers: the roles that see every register (docs/permissions.md).</summary>
    internal static ProblemHttpResult? Denied(HttpContext http)
    {
        var user = CurrentUser.From(http.User)!;
        return http.Agency().Id == user.AgencyId && AccessPolicy.AgencyWideRoles.Any(user.Roles.Contains)
            ? null
            : Problems.Of(403, "Chỉ văn thư, lãnh đạo hoặc quản trị của đơn vị mới được xem và in sổ đăng ký văn bản.");
    }
}
