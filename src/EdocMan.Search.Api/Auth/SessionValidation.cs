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
/// <remarks>The account is read by primary key at most once per <see cref="SessionAccountCache.MaxAge"/> per
/// account (see there for how revocation stays effective); a session that differs from it is always re-read.</remarks>
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
        var services = context.HttpContext.RequestServices;
        var cache = services.GetRequiredService<SessionAccountCache>();
        if (cache.TryGet(id, out var remembered) && remembered is { Disabled: false } && Matches(principal, remembered))
        {
            return;
        }
        var generation = cache.Generation;
        var db = services.GetRequiredService<EdocManDbContext>();
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, context.HttpContext.RequestAborted);
        var state = account is null ? null
            : new SessionAccountState(account.Disabled, [.. account.Roles.Order(StringComparer.Ordinal)], account.MustChangePassword, account.AgencyId);
        cache.Store(id, state, generation);
        if (account is null || state is null || state.Disabled)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        if (Matches(principal, state))
        {
            return;
        }
        var code = await db.Agencies.AsNoTracking().Where(a => a.Id == account.AgencyId).Select(a => a.Code).SingleAsync(context.HttpContext.RequestAborted);
        context.ReplacePrincipal(CurrentUser.ToPrincipal(account, code, CookieAuthenticationDefaults.AuthenticationScheme));
        context.ShouldRenew = true;
    }

    private static bool Matches(ClaimsPrincipal principal, SessionAccountState state) =>
        principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).SequenceEqual(state.SortedRoles, StringComparer.Ordinal)
        && principal.HasClaim(CurrentUser.MustChangePasswordClaim, "true") == state.MustChangePassword
        && principal.FindFirstValue(CurrentUser.AgencyIdClaim) == state.AgencyId.ToString(CultureInfo.InvariantCulture);
}
