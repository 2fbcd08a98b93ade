using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Registers;

/// <summary>The lines of a register: one day's (<c>?date=2025-03-14</c>) or one year's (<c>?year=2025</c>), in number order.</summary>
public sealed record RegisterPageResponse(string Agency, string Register, int? Year, DateOnly? Date, IReadOnlyList<RegisterEntryResponse> Entries);

internal static class ListRegisterEntries
{
    private const int MaxEntries = 5000;

    public static async Task<Results<Ok<RegisterPageResponse>, ProblemHttpResult>> HandleAsync(
        string kind, DateOnly? date, int? year, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (RegisterRoutes.Parse(kind) is not { } register)
        {
            return Problems.Of(404, RegisterRoutes.UnknownRegister);
        }
        var user = CurrentUser.From(http.User)!;
        var agency = http.Agency();
        // The registers are the incoming queue's people's: the same roles that see every register (docs/permissions.md).
        if (agency.Id != user.AgencyId || !AccessPolicy.AgencyWideRoles.Any(user.Roles.Contains))
        {
            return Problems.Of(403, "Chỉ văn thư, lãnh đạo hoặc quản trị của đơn vị mới được xem sổ đăng ký văn bản.");
        }
        var query = db.RegisterEntries.AsNoTracking().Where(e => e.AgencyId == agency.Id && e.Kind == register);
        if (date is { } day)
        {
            query = query.Where(e => e.RegisteredOn == day);
        }
        else
        {
            var y = year ?? RegisterRoutes.Today(time).Year;
            query = query.Where(e => e.Year == y);
            year = y;
        }
        var entries = await query.OrderBy(e => e.Series).ThenBy(e => e.Number).Take(MaxEntries).ToListAsync(ct);
        return TypedResults.Ok(new RegisterPageResponse(agency.Code, RegisterRoutes.Slug(register), date is null ? year : null, date,
            entries.Select(e => RegisterEntryResponse.From(e, agency.Code)).ToList()));
    }

    public static async Task<Results<Ok<RegisterEntryResponse>, ProblemHttpResult>> GetOneAsync(
        string kind, long id, HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        if (RegisterRoutes.Parse(kind) is not { } register)
        {
            return Problems.Of(404, RegisterRoutes.UnknownRegister);
        }
        if (DailyRegister.Denied(http) is { } denied)
        {
            return denied;
        }
        var agency = http.Agency();
        var entry = await db.RegisterEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.AgencyId == agency.Id && e.Kind == register, ct);
        return entry is null ? Problems.Of(404, "Không tìm thấy dòng này trong sổ.") : TypedResults.Ok(RegisterEntryResponse.From(entry, agency.Code));
    }
}
