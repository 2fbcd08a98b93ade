using System.Globalization;
using System.Security.Claims;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Auth;

/// <summary>
/// Checks each session cookie against the account as it is now: a disabled or deleted account is
/// signed out at its next request, and changed roles take effect at once, because permissions
/// (docs/permissions.md) are computed from the session's roles.
/// </summary>
/// <remarks>One indexed lookup by primary key per request; cheap next to anything the request does.</remarks>
internal static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal is null
            || !int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var id))
        {
            return;
        }
        var db = context.HttpContext.RequestServices.GetRequiredService<EdocManDbContext>();
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, context.HttpContext.RequestAborted);
        if (account is null || account.Disabled)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal);
        var mustChange = principal.HasClaim(CurrentUser.MustChangePasswordClaim, "true");
        var agencyId = principal.FindFirstValue(CurrentUser.AgencyIdClaim);
        if (roles.SequenceEqual(account.Roles.Order(StringComparer.Ordinal), StringComparer.Ordinal)
            && mustChange == account.MustChangePassword
            && agencyId == account.AgencyId.ToString(CultureInfo.InvariantCulture))
        {
            return;
        }
        var code = await db.Agencies.AsNoTracking().Where(a => a.Id == account.AgencyId).Select(a => a.Code).SingleAsync(context.HttpContext.RequestAborted);
        context.ReplacePrincipal(CurrentUser.ToPrincipal(account, code, CookieAuthenticationDefaults.AuthenticationScheme));
        context.ShouldRenew = true;
    }
}
