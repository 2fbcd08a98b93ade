using System.Globalization;
using System.Security.Claims;
using EdocMan.Search.Core.Accounts;

namespace EdocMan.Search.Api.Auth;

/// <summary>The signed-in official, read from the session cookie's claims.</summary>
internal sealed record CurrentUser(int AccountId, string Username, int AgencyId, string AgencyCode, IReadOnlySet<string> Roles)
{
    public const string AgencyIdClaim = "edocman:agency_id";
    public const string AgencyCodeClaim = "edocman:agency";
    public const string MustChangePasswordClaim = "edocman:must_change_password";

    public bool IsSystemAdmin => Roles.Contains(Core.Accounts.Roles.SystemAdmin);

    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var id)
            || !int.TryParse(principal.FindFirstValue(AgencyIdClaim), CultureInfo.InvariantCulture, out var agencyId))
        {
            return null;
        }
        return new CurrentUser(
            id,
            principal.FindFirstValue(ClaimTypes.Name) ?? string.Empty,
            agencyId,
            principal.FindFirstValue(AgencyCodeClaim) ?? string.Empty,
            principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));
    }

    public static ClaimsPrincipal ToPrincipal(Account account, string agencyCode, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, account.Username),
            new(AgencyIdClaim, account.AgencyId.ToString(CultureInfo.InvariantCulture)),
            new(AgencyCodeClaim, agencyCode),
        };
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (account.MustChangePassword)
        {
            claims.Add(new Claim(MustChangePasswordClaim, "true"));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
