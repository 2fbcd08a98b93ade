using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Api.Features.Administration;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Accounts;

/// <summary>
/// Who may administer which account: the system admin everyone; an agency admin (quản trị đơn vị)
/// only the accounts of their own agency, and never a system admin's account or role.
/// </summary>
internal static class AccountAdministration
{
    public static bool Manages(CurrentUser admin, int agencyId) =>
        admin.IsSystemAdmin || (admin.Roles.Contains(Roles.AgencyAdmin) && admin.AgencyId == agencyId);

    public static bool Manages(CurrentUser admin, Account account) =>
        Manages(admin, account.AgencyId) && (admin.IsSystemAdmin || !account.Roles.Contains(Roles.SystemAdmin));

    /// <summary>
    /// The guard of every handler that changes one account: the signed-in administrator and the (tracked)
    /// account named <paramref name="username"/>, or the problem to answer: 401 or 403 from
    /// <see cref="AdminAccess.Check"/>, 404 for an account this admin does not manage, which looks missing.
    /// </summary>
    public static async Task<(ManagedAccount? Found, ProblemHttpResult? Problem)> FindManagedAsync(
        HttpContext http, EdocManDbContext db, string username, CancellationToken ct)
    {
        var (admin, denied) = AdminAccess.Check(http);
        if (admin is null)
        {
            return (null, denied);
        }
        var name = username.Trim().ToLowerInvariant();
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Username == name, ct);
        return account is not null && Manages(admin, account)
            ? (new ManagedAccount(admin, account), null)
            : (null, Problems.Of(404, $"Không tìm thấy tài khoản “{Truncate(name)}” trong đơn vị bạn quản trị."));
    }

    /// <summary>Field errors for a role list, or the cleaned list.</summary>
    public static (List<string> Roles, string? Error) CheckRoles(CurrentUser admin, string[]? roles)
    {
        var wanted = (roles ?? []).Select(r => r.Trim().ToLowerInvariant()).Where(r => r.Length > 0).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return (wanted, "Hãy chọn ít nhất một vai trò.");
        }
        var unknown = wanted.Where(r => !Core.Accounts.Roles.Labels.ContainsKey(r)).ToList();
        if (unknown.Count > 0)
        {
            return (wanted, $"Không có vai trò: {string.Join(", ", unknown.Take(5))}.");
        }
        if (wanted.Contains(Core.Accounts.Roles.SystemAdmin) && !admin.IsSystemAdmin)
        {
            return (wanted, "Chỉ quản trị hệ thống mới được cấp vai trò quản trị hệ thống.");
        }
        return (wanted, null);
    }

    public static AccountResponse Describe(Account a, string agencyCode) => new(
        a.Id, a.Username, a.FullName, agencyCode, a.Roles, a.Roles.Select(r => Core.Accounts.Roles.Labels.GetValueOrDefault(r, r)).ToList(),
        a.Disabled, a.MustChangePassword, a.LockedUntil);

    public static Task<string> AgencyCodeAsync(EdocManDbContext db, int agencyId, CancellationToken ct) =>
        db.Agencies.AsNoTracking().Where(g => g.Id == agencyId).Select(g => g.Code).SingleAsync(ct);

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}

/// <summary>An administrator and an account they manage, found by <see cref="AccountAdministration.FindManagedAsync"/>.</summary>
internal sealed record ManagedAccount(CurrentUser Admin, Account Account);
