using EdocMan.Search.Api.Access;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Handling;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Handling;

/// <summary>
/// Who may do what in handling. The slip of a document exists only in an agency whose incoming register
/// holds it; someone who may not see the document gets 404 as everywhere else (ids cannot be probed),
/// someone who sees it but lacks the role gets 403.
/// </summary>
internal static class HandlingAccess
{
    public const string NotFoundDetail =
        "Không tìm thấy văn bản này trong sổ văn bản đến của đơn vị, hoặc bạn không có quyền xem văn bản này.";

    public const string AssignmentNotFoundDetail = "Không tìm thấy phân công này, hoặc bạn không có quyền xem văn bản được phân công.";

    /// <summary>The incoming register line of the document in the route's agency, if the user may see the document.</summary>
    public static async Task<RegisterEntry?> FindIncomingAsync(HttpContext http, EdocManDbContext db, Guid documentId, CancellationToken ct)
    {
        var agency = http.Agency();
        var entry = await db.RegisterEntries.AsNoTracking()
            .Where(e => e.AgencyId == agency.Id && e.Kind == RegisterKind.Incoming && e.DocumentId == documentId)
            .OrderBy(e => e.Id).FirstOrDefaultAsync(ct);
        if (entry is null)
        {
            return null;
        }
        return await DocumentVisibility.FindAsync(db, CurrentUser.From(http.User)!, documentId, ct) is null ? null : entry;
    }

    /// <summary>Lãnh đạo of the agency, working in it, gives the handling slip's decision (Art. 24).</summary>
    public static bool CanAssign(HttpContext http)
    {
        var user = CurrentUser.From(http.User)!;
        return user.AgencyId == http.Agency().Id && user.Roles.Contains(Roles.Leader);
    }

    /// <summary>Văn thư, lãnh đạo and quản trị đơn vị follow every incoming document: the tracker is theirs.</summary>
    public static bool CanTrack(HttpContext http)
    {
        var user = CurrentUser.From(http.User)!;
        return user.AgencyId == http.Agency().Id && AccessPolicy.AgencyWideRoles.Any(user.Roles.Contains);
    }

    /// <summary>The units the user heads in the route's agency.</summary>
    public static Task<List<int>> HeadedUnitsAsync(HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User)!;
        var agencyId = http.Agency().Id;
        return db.OrgUnits.AsNoTracking().Where(u => u.AgencyId == agencyId && u.HeadAccountId == user.AccountId)
            .Select(u => u.Id).ToListAsync(ct);
    }

    /// <summary>The handler answers for an assignment: the person assigned, or the head of the unit assigned.</summary>
    public static bool IsHandler(CurrentUser user, HandlingAssignment a, IReadOnlyCollection<int> headedUnits) =>
        a.AccountId == user.AccountId || (a.UnitId is { } unit && headedUnits.Contains(unit));

    /// <summary>A leader withdraws the leader's assignments; a unit head withdraws the re-assignments of the unit's part.</summary>
    public static bool CanWithdraw(HttpContext http, HandlingAssignment a, HandlingAssignment? parent, IReadOnlyCollection<int> headedUnits) =>
        a.ParentId is null
            ? CanAssign(http)
            : CanAssign(http) || (parent?.UnitId is { } unit && headedUnits.Contains(unit));

    /// <summary>
    /// The assignment in the route's agency, with its incoming register line, if the user may see its
    /// document; otherwise a 404 problem.
    /// </summary>
    public static async Task<(HandlingAssignment? Assignment, RegisterEntry? Entry, ProblemHttpResult? Problem)> FindAssignmentAsync(
        HttpContext http, EdocManDbContext db, long id, CancellationToken ct)
    {
        var agencyId = http.Agency().Id;
        var assignment = await db.HandlingAssignments.SingleOrDefaultAsync(a => a.Id == id && a.AgencyId == agencyId, ct);
        var entry = assignment is null ? null : await FindIncomingAsync(http, db, assignment.DocumentId, ct);
        return entry is null ? (null, null, Problems.Of(404, AssignmentNotFoundDetail)) : (assignment, entry, null);
    }

    /// <summary>Today in Vietnam: deadlines are calendar days there.</summary>
    public static DateOnly Today(TimeProvider time) => HandlingTracker.VietnamDay(time.GetUtcNow());
}
