using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.CaseFiles;

/// <summary>
/// Who sees and who changes a case file (docs/permissions.md, "Case files"). One place, used by the list,
/// the search, the file page and every change, so that they cannot disagree.
/// </summary>
internal static class CaseFileAccess
{
    /// <summary>Roles that see every case file of their own agency: they register, read, manage or archive them.</summary>
    public static readonly IReadOnlyList<string> AgencyWideRoles = [Roles.Clerk, Roles.Leader, Roles.AgencyAdmin, Roles.Archivist];

    /// <summary>Roles that, besides the owner, change any case file of their agency and share it.</summary>
    public static readonly IReadOnlyList<string> ManagingRoles = [Roles.Leader, Roles.AgencyAdmin];

    /// <summary>Roles that prepare the file plan (văn thư drafts it for the head) and those that approve it.</summary>
    public static readonly IReadOnlyList<string> PlanEditors = [Roles.Clerk, Roles.Leader, Roles.AgencyAdmin];

    public static readonly IReadOnlyList<string> PlanApprovers = [Roles.Leader, Roles.AgencyAdmin];

    public const string Transferred = "Hồ sơ đã nộp lưu vào lưu trữ cơ quan, chỉ được xem.";

    public const string NotFoundDetail = "Không tìm thấy hồ sơ này, hoặc bạn không có quyền xem hồ sơ này.";

    /// <summary>
    /// The files the user may see: every file of their agency for the agency-wide roles; otherwise the files
    /// they own; and, for everyone, the files shared with them or with their agency (from any agency).
    /// </summary>
    public static IQueryable<CaseFile> Visible(EdocManDbContext db, CurrentUser user)
    {
        var wide = AgencyWideRoles.Any(user.Roles.Contains);
        var shared = db.CaseFileShares
            .Where(s => s.AccountId == user.AccountId || s.AgencyId == user.AgencyId)
            .Select(s => s.CaseFileId);
        return db.CaseFiles.Where(f =>
            (f.AgencyId == user.AgencyId && (wide || f.OwnerAccountId == user.AccountId)) || shared.Contains(f.Id));
    }

    /// <summary>The owner, and the leaders and agency admins of the file's agency.</summary>
    public static bool CanChange(CaseFile file, CurrentUser user) =>
        file.AgencyId == user.AgencyId && (file.OwnerAccountId == user.AccountId || ManagingRoles.Any(user.Roles.Contains));

    /// <summary>A visible file, tracked for changes; null when missing or not visible (answered 404 alike).</summary>
    public static Task<CaseFile?> FindAsync(EdocManDbContext db, CurrentUser user, int id, CancellationToken ct) =>
        Visible(db, user).SingleOrDefaultAsync(f => f.Id == id, ct);

    /// <summary>
    /// The file, when the user may change it and it is not in the archive: 404 when not visible, 403 when
    /// visible but not theirs to change, 409 when transferred.
    /// </summary>
    public static async Task<(CaseFile? File, ProblemHttpResult? Problem)> FindForChangeAsync(
        EdocManDbContext db, CurrentUser user, int id, CancellationToken ct)
    {
        var file = await FindAsync(db, user, id, ct);
        if (file is null)
        {
            return (null, NotFound());
        }
        if (!CanChange(file, user))
        {
            return (null, Problems.Of(403, "Chỉ người lập hồ sơ, lãnh đạo hoặc quản trị của đơn vị mới được thay đổi hồ sơ này."));
        }
        if (file.Status == CaseFileStatus.Transferred)
        {
            return (null, Problems.Of(409, Transferred));
        }
        return (file, null);
    }

    /// <summary>As <see cref="FindForChangeAsync"/>, and 409 with <paramref name="notOpen"/>'s message when the file is closed.</summary>
    public static async Task<(CaseFile? File, ProblemHttpResult? Problem)> FindOpenForChangeAsync(
        EdocManDbContext db, CurrentUser user, int id, Func<CaseFile, string> notOpen, CancellationToken ct)
    {
        var (file, problem) = await FindForChangeAsync(db, user, id, ct);
        return file is { Status: not CaseFileStatus.Open } ? (null, Problems.Of(409, notOpen(file))) : (file, problem);
    }

    public static ProblemHttpResult NotFound() => Problems.Of(404, NotFoundDetail);

    public static string StatusLabel(CaseFileStatus status) => status switch
    {
        CaseFileStatus.Open => "Đang lập",
        CaseFileStatus.Closed => "Đã kết thúc",
        CaseFileStatus.Transferred => "Đã nộp lưu",
        _ => status.ToString(),
    };
}
