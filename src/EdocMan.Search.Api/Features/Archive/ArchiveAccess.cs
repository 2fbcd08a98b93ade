using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Archive;

/// <summary>A case file the user may open, and whether they see every document in it.</summary>
internal sealed record FileAccess(CaseFile File, bool AllDocuments);

/// <summary>
/// Who may open a case file and who works the archive.
/// </summary>
/// <remarks>
/// Implementation note (decided here, see docs/permissions.md "Case files and the archive"):
/// <list type="bullet">
/// <item>The archive views (due files, transfers, packages, verification) are for the agency's lưu trữ, and
/// for its lãnh đạo and quản trị đơn vị who answer for its records; others get 403.</item>
/// <item>A case file is the agency's record: its lưu trữ, văn thư, lãnh đạo and quản trị đơn vị open every
/// file of the agency with every document in it (incoming documents reach the archive with their file).</item>
/// <item>The file's owner and those it is shared with open it too, but see in it only the documents they
/// could open anyway; the others are left out of what they export.</item>
/// <item>Anyone else, and every file of another agency, gets 404 so ids cannot be probed.</item>
/// </list>
/// </remarks>
internal static class ArchiveAccess
{
    /// <summary>Roles that work the archive views.</summary>
    public static readonly IReadOnlyList<string> ArchiveRoles = [Roles.Archivist, Roles.Leader, Roles.AgencyAdmin];

    /// <summary>Null when the user works the archive of the route's agency; otherwise the 403 to answer.</summary>
    public static ProblemHttpResult? Denied(HttpContext http)
    {
        var user = CurrentUser.From(http.User)!;
        return http.Agency().Id == user.AgencyId && ArchiveRoles.Any(user.Roles.Contains)
            ? null
            : Problems.Of(403, "Chỉ cán bộ lưu trữ, lãnh đạo hoặc quản trị của đơn vị mới được xem và nộp lưu hồ sơ.");
    }

    /// <summary>Whether the user sees every case file of the agency, with all its documents.</summary>
    public static bool SeesAgencyFiles(CurrentUser user, Agency agency) =>
        user.AgencyId == agency.Id && (user.Roles.Contains(Roles.Archivist) || AccessPolicy.AgencyWideRoles.Any(user.Roles.Contains));

    /// <summary>The file if it belongs to the agency and the user may open it; otherwise null (answer 404).</summary>
    public static async Task<FileAccess?> FindAsync(EdocManDbContext db, CurrentUser user, Agency agency, int id, CancellationToken ct)
    {
        var file = await db.CaseFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id && f.AgencyId == agency.Id, ct);
        if (file is null)
        {
            return null;
        }
        if (SeesAgencyFiles(user, agency))
        {
            return new FileAccess(file, true);
        }
        var shared = file.OwnerAccountId == user.AccountId
            || await db.CaseFileShares.AnyAsync(s => s.CaseFileId == id && (s.AccountId == user.AccountId || s.AgencyId == user.AgencyId), ct);
        return shared ? new FileAccess(file, false) : null;
    }

    public static ProblemHttpResult FileNotFound() =>
        Problems.Of(404, "Không tìm thấy hồ sơ này trong đơn vị, hoặc bạn không có quyền xem hồ sơ.");

    /// <summary>The status as shown wherever a file is listed; a transferred file is marked as in the archive.</summary>
    public static string StatusLabel(CaseFileStatus status) => status switch
    {
        CaseFileStatus.Open => "Đang lập",
        CaseFileStatus.Closed => "Đã đóng",
        CaseFileStatus.Transferred => "Đã nộp lưu",
        _ => status.ToString(),
    };
}
