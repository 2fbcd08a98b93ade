using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Handling;

/// <summary><c>GET /{agency}/api/units</c>: the agency's units, their heads and active members, for the assignment forms.</summary>
internal static class ListUnits
{
    public static async Task<Ok<List<UnitResponse>>> HandleAsync(HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var agencyId = Auth.AgencyHttpContextExtensions.Agency(http).Id;
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.AgencyId == agencyId).OrderBy(u => u.Name).ToListAsync(ct);
        var members = (await db.Accounts.AsNoTracking().Where(a => a.AgencyId == agencyId && !a.Disabled && a.UnitId != null)
                .OrderBy(a => a.FullName).ToListAsync(ct))
            .ToLookup(a => a.UnitId!.Value);
        var heads = await db.Accounts.AsNoTracking().Where(a => units.Select(u => u.HeadAccountId).Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new UnitMemberResponse(a.Username, a.FullName), ct);
        return TypedResults.Ok(units.Select(u => new UnitResponse(
            u.Code, u.Name, u.HeadAccountId is { } h ? heads.GetValueOrDefault(h) : null,
            members[u.Id].Select(a => new UnitMemberResponse(a.Username, a.FullName)).ToList())).ToList());
    }
}
