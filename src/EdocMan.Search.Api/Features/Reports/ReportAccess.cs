using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Permissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EdocMan.Search.Api.Features.Reports;

/// <summary>Who reads usage reports (docs/permissions.md, "Usage reports").</summary>
internal static class ReportAccess
{
    /// <summary>
    /// Văn phòng UBND tỉnh: the provincial People's Committee's office, which oversees document work across
    /// the province and reports on it to the Committee; its leaders read the province-wide report.
    /// </summary>
    public const string ProvinceOfficeAgency = "vpubnd";

    /// <summary>
    /// An agency's report: its văn thư (who compiles the figures), lãnh đạo (who answers for them) and
    /// quản trị đơn vị — the roles that read every register — and the province's system admin. The agency
    /// filter has already refused members of other agencies.
    /// </summary>
    public static ProblemHttpResult? AgencyDenied(HttpContext http)
    {
        var user = CurrentUser.From(http.User)!;
        return MayReadAgency(user, http.Agency().Id)
            ? null
            : Problems.Of(403, "Báo cáo thống kê của đơn vị dành cho văn thư, lãnh đạo và quản trị của đơn vị.");
    }

    /// <summary>The province-wide report: the system admin, and the leaders of the provincial People's Committee's office.</summary>
    public static ProblemHttpResult? ProvinceDenied(HttpContext http)
    {
        var user = CurrentUser.From(http.User);
        if (user is null)
        {
            return Problems.Of(401, "Bạn cần đăng nhập.");
        }
        if (http.User.HasClaim(CurrentUser.MustChangePasswordClaim, "true"))
        {
            return Problems.Of(403, AgencyAccess.MustChangePassword);
        }
        return MayReadProvince(user)
            ? null
            : Problems.Of(403, "Báo cáo toàn tỉnh dành cho quản trị hệ thống và lãnh đạo Văn phòng UBND tỉnh.");
    }

    public static bool MayReadProvince(CurrentUser user) =>
        user.IsSystemAdmin || (user.AgencyCode == ProvinceOfficeAgency && user.Roles.Contains(Roles.Leader));

    public static bool MayReadAgency(CurrentUser user, int agencyId) =>
        user.IsSystemAdmin || (agencyId == user.AgencyId && AccessPolicy.AgencyWideRoles.Any(user.Roles.Contains));
}
