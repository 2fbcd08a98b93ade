using System.Text.RegularExpressions;
using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Api.Features.Accounts;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Audit;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using EdocMan.Search.Data.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Handling;

/// <summary>The units of an agency as its administrator sets them: name, head (trưởng đơn vị) and members.</summary>
public sealed record UnitRequest(string? Name, string? Head, string[]? Members);

/// <summary>
/// <c>PUT|DELETE /{agency}/api/units/{code}</c>: the agency's quản trị đơn vị (or the system admin) creates or
/// changes a unit, names its head and lists its members, and removes a unit nothing was assigned to.
/// Leaders assign incoming documents to units, so handling needs them.
/// </summary>
internal static partial class ManageUnits
{
    public static async Task<Results<Ok<UnitResponse>, ProblemHttpResult>> PutAsync(
        string code, UnitRequest request, HttpContext http, EdocManDbContext db, ISearchIndex index, TimeProvider time, CancellationToken ct)
    {
        var agency = http.Agency();
        if (Denied(http, agency.Id) is { } denied)
        {
            return denied;
        }
        var name = request.Name?.Trim() ?? string.Empty;
        if (!UnitCode().IsMatch(code) || name.Length is 0 or > 200)
        {
            return Problems.Of(400, "Mã đơn vị gồm 1–20 chữ cái không dấu, chữ số hoặc dấu gạch; tên đơn vị từ 1 đến 200 ký tự.");
        }
        var wanted = (request.Members ?? []).Append(request.Head).Where(u => !string.IsNullOrWhiteSpace(u))
            .Select(u => u!.Trim().ToLowerInvariant()).Distinct().ToList();
        var accounts = await db.Accounts.Where(a => a.AgencyId == agency.Id && wanted.Contains(a.Username)).ToListAsync(ct);
        var unknown = wanted.Except(accounts.Select(a => a.Username)).ToList();
        if (unknown.Count > 0)
        {
            return Problems.Of(400, $"Không có tài khoản {string.Join(", ", unknown.Select(u => $"“{u}”"))} trong cơ quan, đơn vị này.");
        }
        var upper = code.ToUpperInvariant();
        var unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.AgencyId == agency.Id && u.Code == upper, ct);
        if (unit is null)
        {
            unit = new OrgUnit { AgencyId = agency.Id, Code = upper, Name = name };
            db.OrgUnits.Add(unit);
            await db.SaveChangesAsync(ct); // The unit needs its id before members point at it.
        }
        unit.Name = name;
        var head = request.Head?.Trim().ToLowerInvariant();
        var formerHead = unit.HeadAccountId;
        unit.HeadAccountId = head is null or "" ? null : accounts.Single(a => a.Username == head).Id;
        // The list replaces the membership: those left out leave the unit, those named join it (moving from another).
        foreach (var former in await db.Accounts.Where(a => a.UnitId == unit.Id).ToListAsync(ct))
        {
            former.UnitId = null;
        }
        foreach (var member in accounts)
        {
            member.UnitId = unit.Id;
        }
        AuditTrail.Add(db, time, CurrentUser.From(http.User), AuditActions.AccountChange, null, $"đơn vị {upper}: {wanted.Count} thành viên");
        await db.SaveChangesAsync(ct);
        if (formerHead != unit.HeadAccountId)
        {
            // The head reads what is assigned to the unit (DocumentAccessLoader.LoadHandlersAsync): the new
            // head gains those documents and the former one loses them, in search at once.
            var assigned = await db.HandlingAssignments.AsNoTracking()
                .Where(a => a.UnitId == unit.Id && a.AccountId == null).Select(a => a.DocumentId).Distinct().ToListAsync(ct);
            foreach (var documentId in assigned)
            {
                await IndexEntryBuilder.ReindexAsync(db, index, documentId, ct);
            }
        }
        var units = (await ListUnits.HandleAsync(http, db, ct)).Value ?? [];
        return TypedResults.Ok(units.Single(u => u.Code == upper));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string code, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var agency = http.Agency();
        if (Denied(http, agency.Id) is { } denied)
        {
            return denied;
        }
        var upper = code.ToUpperInvariant();
        var unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.AgencyId == agency.Id && u.Code == upper, ct);
        if (unit is null)
        {
            return Problems.Of(404, $"Không có đơn vị “{upper}” trong cơ quan này.");
        }
        if (await db.HandlingAssignments.AnyAsync(a => a.UnitId == unit.Id, ct))
        {
            // Its assignments are the record of who handled what: the unit stays, renamed if need be.
            return Problems.Of(409, $"Đơn vị “{upper}” đã được giao xử lý văn bản nên không xóa được; có thể đổi tên hoặc thành viên.");
        }
        await db.Accounts.Where(a => a.UnitId == unit.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.UnitId, (int?)null), ct);
        db.OrgUnits.Remove(unit);
        AuditTrail.Add(db, time, CurrentUser.From(http.User), AuditActions.AccountChange, null, $"xóa đơn vị {upper}");
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult? Denied(HttpContext http, int agencyId)
    {
        var user = CurrentUser.From(http.User)!;
        return AccountAdministration.Manages(user, agencyId)
            ? null
            : Problems.Of(403, "Chỉ quản trị đơn vị của cơ quan (hoặc quản trị hệ thống) được sửa danh sách phòng, ban.");
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,20}$")]
    private static partial Regex UnitCode();
}
