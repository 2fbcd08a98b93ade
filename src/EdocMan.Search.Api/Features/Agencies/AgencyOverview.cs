using EdocMan.Search.Api.Errors;
using EdocMan.Search.Api.Features.Administration;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Agencies;

/// <summary>An agency with what it holds, as the system admin's list of agencies shows it.</summary>
/// <param name="Units">Its phòng, ban.</param>
/// <param name="Accounts">Its accounts, locked ones included.</param>
/// <param name="Documents">Its documents, whatever their ingestion status.</param>
public sealed record AgencyOverviewResponse(
    string Code, string Name, string? Symbol, string? OrganisationCode, bool OutgoingSeriesPerType, int Units, int Accounts, int Documents);

/// <summary>
/// <c>GET /api/admin/agencies</c>: every agency with its counts of units, accounts and documents, for the
/// system admin who creates and renames agencies. The public list (<c>GET /api/agencies</c>) stays bare:
/// every official reads it to send and share, and the counts are the province's business.
/// </summary>
/// <remarks>
/// Implementation note: three grouped counts, not one per agency. The document count walks the
/// (AgencyId, Sha256) index, so it stays an index scan even with a million documents.
/// </remarks>
internal static class AgencyOverview
{
    public static async Task<Results<Ok<List<AgencyOverviewResponse>>, ProblemHttpResult>> ListAsync(
        HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var (admin, denied) = AdminAccess.Check(http);
        if (admin is not { IsSystemAdmin: true })
        {
            return denied ?? Problems.Of(403, "Chỉ quản trị hệ thống mới xem được danh sách cơ quan, đơn vị kèm số liệu.");
        }
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).ToListAsync(ct);
        var units = await CountByAgencyAsync(db.OrgUnits.Select(u => u.AgencyId), ct);
        var accounts = await CountByAgencyAsync(db.Accounts.Select(a => a.AgencyId), ct);
        var documents = await CountByAgencyAsync(db.Documents.Select(d => d.AgencyId), ct);
        return TypedResults.Ok(agencies.Select(a => new AgencyOverviewResponse(
            a.Code, a.Name, a.Symbol, a.OrganisationCode, a.OutgoingSeriesPerType,
            units.GetValueOrDefault(a.Id), accounts.GetValueOrDefault(a.Id), documents.GetValueOrDefault(a.Id))).ToList());
    }

    private static Task<Dictionary<int, int>> CountByAgencyAsync(IQueryable<int> agencyIds, CancellationToken ct) =>
        agencyIds.GroupBy(id => id).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N, ct);
}
