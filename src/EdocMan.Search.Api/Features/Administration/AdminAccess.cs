using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EdocMan.Search.Api.Features.Administration;

/// <summary>The checks of the <c>/api/admin</c> routes, which are not under an agency.</summary>
internal static class AdminAccess
{
    /// <summary>The signed-in administrator (system admin, or agency admin), or the problem to answer.</summary>
    public static (CurrentUser? Admin, ProblemHttpResult? Problem) Check(HttpContext http)
    {
        var user = CurrentUser.From(http.User);
        if (user is null)
        {
            return (null, Problems.Of(401, "Bạn cần đăng nhập."));
        }
        if (http.User.HasClaim(CurrentUser.MustChangePasswordClaim, "true"))
        {
            return (null, Problems.Of(403, AgencyAccess.MustChangePassword));
        }
        return user.IsSystemAdmin || user.Roles.Contains(Roles.AgencyAdmin)
            ? (user, null)
            : (null, Problems.Of(403, "Chức năng này dành cho quản trị đơn vị và quản trị hệ thống."));
    }
}
