using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Audit;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Auth;

public sealed record LoginRequest(string? Username, string? Password);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record MeResponse(string Username, string FullName, string Agency, string AgencyName, IReadOnlyList<string> Roles, bool MustChangePassword);

internal static class AuthHandlers
{
    private const int MaxFailedLogins = 5;
    private static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    private static readonly PasswordHasher<Account> Hasher = new();

    public static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Username) || string.IsNullOrEmpty(request.Password))
        {
            return Problems.Of(400, "Hãy nhập tên đăng nhập và mật khẩu.");
        }
        var username = request.Username.Trim().ToLowerInvariant();
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Username == username, ct);
        var now = time.GetUtcNow();
        // One message for an unknown user and a wrong password, so that names cannot be probed.
        const string wrong = "Tên đăng nhập hoặc mật khẩu không đúng.";
        if (account is null || account.Disabled)
        {
            return Problems.Of(401, wrong);
        }
        if (account.LockedUntil > now)
        {
            return Problems.Of(423, $"Tài khoản bị khóa tạm thời do nhập sai mật khẩu nhiều lần. Hãy thử lại sau {account.LockedUntil.Value.ToLocalTime():HH:mm}.");
        }
        if (Hasher.VerifyHashedPassword(account, account.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
        {
            account.FailedLogins++;
            if (account.FailedLogins >= MaxFailedLogins)
            {
                account.LockedUntil = now + LockoutDuration;
                account.FailedLogins = 0;
            }
            db.AuditLog.Add(new AuditEntry { At = now, AccountId = account.Id, AgencyId = account.AgencyId, Action = AuditActions.LoginFailed });
            await db.SaveChangesAsync(ct);
            return Problems.Of(401, wrong);
        }
        account.FailedLogins = 0;
        account.LockedUntil = null;
        db.AuditLog.Add(new AuditEntry { At = now, AccountId = account.Id, AgencyId = account.AgencyId, Action = AuditActions.Login });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await SignInAsync(http, db, account, ct));
    }

    public static async Task<NoContent> LogoutAsync(HttpContext http, CancellationToken ct)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User);
        var account = user is null ? null : await db.Accounts.FindAsync([user.AccountId], ct);
        if (account is null)
        {
            return Problems.Of(401, "Bạn cần đăng nhập.");
        }
        if (string.IsNullOrEmpty(request.CurrentPassword)
            || Hasher.VerifyHashedPassword(account, account.PasswordHash, request.CurrentPassword) == PasswordVerificationResult.Failed)
        {
            return Problems.Of(400, "Mật khẩu hiện tại không đúng.");
        }
        var problem = PasswordPolicy.Check(request.NewPassword, request.CurrentPassword, account.Username);
        if (problem is not null)
        {
            return Problems.Of(400, problem);
        }
        account.PasswordHash = Hasher.HashPassword(account, request.NewPassword!);
        account.MustChangePassword = false;
        await db.SaveChangesAsync(ct);
        http.RequestServices.GetRequiredService<SessionAccountCache>().Invalidate(account.Id);
        return TypedResults.Ok(await SignInAsync(http, db, account, ct));
    }

    public static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> MeAsync(
        HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User);
        var account = user is null ? null : await db.Accounts.FindAsync([user.AccountId], ct);
        return account is null
            ? Problems.Of(401, "Bạn cần đăng nhập.")
            : TypedResults.Ok(await DescribeAsync(db, account, ct));
    }

    public static string HashPassword(Account account, string password) => Hasher.HashPassword(account, password);

    private static async Task<MeResponse> SignInAsync(HttpContext http, EdocManDbContext db, Account account, CancellationToken ct)
    {
        var me = await DescribeAsync(db, account, ct);
        await http.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            CurrentUser.ToPrincipal(account, me.Agency, CookieAuthenticationDefaults.AuthenticationScheme));
        return me;
    }

    private static async Task<MeResponse> DescribeAsync(EdocManDbContext db, Account account, CancellationToken ct)
    {
        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == account.AgencyId, ct);
        return new MeResponse(account.Username, account.FullName, agency.Code, agency.Name, account.Roles, account.MustChangePassword);
    }
}
