using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Api.Features.Administration;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Audit;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Accounts;

/// <summary>The handlers of <c>/api/admin/accounts</c>; every change is audited.</summary>
internal static class AccountHandlers
{
    public static async Task<Results<Ok<List<AccountResponse>>, ProblemHttpResult>> ListAsync(
        string? agency, HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var (admin, problem) = AdminAccess.Check(http);
        if (admin is null)
        {
            return problem!;
        }
        var codes = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code, ct);
        var query = db.Accounts.AsNoTracking();
        if (!admin.IsSystemAdmin)
        {
            query = query.Where(a => a.AgencyId == admin.AgencyId);
        }
        else if (!string.IsNullOrWhiteSpace(agency))
        {
            var id = codes.FirstOrDefault(c => c.Value == agency.Trim().ToLowerInvariant()).Key;
            query = query.Where(a => a.AgencyId == id);
        }
        var accounts = await query.OrderBy(a => a.AgencyId).ThenBy(a => a.Username).ToListAsync(ct);
        return TypedResults.Ok(accounts.Select(a => AccountAdministration.Describe(a, codes[a.AgencyId])).ToList());
    }

    public static async Task<Results<Created<IssuedAccountResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateAccountRequest request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (admin, problem) = AdminAccess.Check(http);
        if (admin is null)
        {
            return problem!;
        }
        var errors = new Dictionary<string, string[]>();
        var code = (request.Agency ?? string.Empty).Trim().ToLowerInvariant();
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code, ct);
        if (agency is null)
        {
            errors["agency"] = [$"Không có cơ quan, đơn vị mã “{code}”."];
        }
        else if (!AccountAdministration.Manages(admin, agency.Id))
        {
            return Problems.Of(403, "Quản trị đơn vị chỉ được tạo tài khoản trong đơn vị của mình.");
        }
        var fullName = (request.FullName ?? string.Empty).Trim();
        if (fullName.Length is 0 or > 100 || UsernameGenerator.Fold(fullName).Length == 0)
        {
            errors["fullName"] = ["Hãy nhập họ và tên (tối đa 100 ký tự)."];
        }
        var (roles, roleError) = AccountAdministration.CheckRoles(admin, request.Roles);
        if (roleError is not null)
        {
            errors["roles"] = [roleError];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, detail: "Thông tin tài khoản chưa hợp lệ.", title: "Yêu cầu không hợp lệ");
        }

        var taken = (await db.Accounts.AsNoTracking().Select(a => a.Username).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var password = PasswordPolicy.Issue();
        var account = new Account
        {
            AgencyId = agency!.Id, Username = UsernameGenerator.Generate(fullName, taken.Contains), FullName = fullName,
            PasswordHash = string.Empty, MustChangePassword = true, Roles = roles,
        };
        account.PasswordHash = AuthHandlers.HashPassword(account, password);
        db.Accounts.Add(account);
        AuditTrail.Add(db, time, admin, AuditActions.AccountChange, null, $"tạo tài khoản {account.Username} ({string.Join(",", roles)})", agency.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two admins created the same name at once; the unique index let one win.
            return Problems.Of(409, "Tên đăng nhập vừa được tạo cho người khác; hãy thử lại.");
        }
        var response = new IssuedAccountResponse(AccountAdministration.Describe(account, agency.Code), password);
        return TypedResults.Created($"/api/admin/accounts/{account.Username}", response);
    }

    public static async Task<Results<Ok<AccountResponse>, ValidationProblem, ProblemHttpResult>> SetRolesAsync(
        string username, SetRolesRequest request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (found, problem) = await AccountAdministration.FindManagedAsync(http, db, username, ct);
        if (found is null)
        {
            return problem!;
        }
        var (admin, account) = found;
        var (roles, roleError) = AccountAdministration.CheckRoles(admin, request.Roles);
        if (roleError is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["roles"] = [roleError] },
                detail: "Vai trò chưa hợp lệ.", title: "Yêu cầu không hợp lệ");
        }
        AuditTrail.Add(db, time, admin, AuditActions.AccountChange, null,
            $"vai trò của {account.Username}: {string.Join(",", account.Roles)} → {string.Join(",", roles)}", account.AgencyId);
        account.Roles = roles;
        await db.SaveChangesAsync(ct);
        http.RequestServices.GetRequiredService<SessionAccountCache>().Invalidate(account.Id);
        return TypedResults.Ok(AccountAdministration.Describe(account, await AccountAdministration.AgencyCodeAsync(db, account.AgencyId, ct)));
    }

    public static Task<Results<Ok<AccountResponse>, ProblemHttpResult>> DisableAsync(
        string username, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct) =>
        SetDisabledAsync(username, true, http, db, time, ct);

    public static Task<Results<Ok<AccountResponse>, ProblemHttpResult>> EnableAsync(
        string username, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct) =>
        SetDisabledAsync(username, false, http, db, time, ct);

    public static async Task<Results<Ok<IssuedAccountResponse>, ProblemHttpResult>> ResetPasswordAsync(
        string username, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (found, problem) = await AccountAdministration.FindManagedAsync(http, db, username, ct);
        if (found is null)
        {
            return problem!;
        }
        var (admin, account) = found;
        var password = PasswordPolicy.Issue();
        account.PasswordHash = AuthHandlers.HashPassword(account, password);
        account.MustChangePassword = true;
        account.FailedLogins = 0;
        account.LockedUntil = null;
        AuditTrail.Add(db, time, admin, AuditActions.AccountChange, null, $"cấp lại mật khẩu cho {account.Username}", account.AgencyId);
        await db.SaveChangesAsync(ct);
        http.RequestServices.GetRequiredService<SessionAccountCache>().Invalidate(account.Id);
        var code = await AccountAdministration.AgencyCodeAsync(db, account.AgencyId, ct);
        return TypedResults.Ok(new IssuedAccountResponse(AccountAdministration.Describe(account, code), password));
    }

    private static async Task<Results<Ok<AccountResponse>, ProblemHttpResult>> SetDisabledAsync(
        string username, bool disabled, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (found, problem) = await AccountAdministration.FindManagedAsync(http, db, username, ct);
        if (found is null)
        {
            return problem!;
        }
        var (admin, account) = found;
        if (account.Id == admin.AccountId && disabled)
        {
            return Problems.Of(409, "Bạn không thể tự khóa tài khoản của mình.");
        }
        account.Disabled = disabled;
        AuditTrail.Add(db, time, admin, AuditActions.AccountChange, null, $"{(disabled ? "khóa" : "mở khóa")} tài khoản {account.Username}", account.AgencyId);
        await db.SaveChangesAsync(ct);
        http.RequestServices.GetRequiredService<SessionAccountCache>().Invalidate(account.Id);
        return TypedResults.Ok(AccountAdministration.Describe(account, await AccountAdministration.AgencyCodeAsync(db, account.AgencyId, ct)));
    }
}
