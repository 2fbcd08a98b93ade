using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Features.Accounts;
using EdocMan.Search.Api.Features.Handling;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EdocMan.Search.Api.Web.Pages.Workspace;

/// <summary>
/// Quản trị tài khoản: an agency administrator lists the agency's accounts, creates one (the username
/// follows the seed's rule and the issued password is shown once), changes roles, locks, unlocks and
/// issues a new password. Every action goes through the API's handlers, which enforce who may do what.
/// </summary>
public sealed class AccountsModel(EdocManDbContext db, TimeProvider time) : AgencyPageModel
{
    public IReadOnlyList<AccountResponse> Accounts { get; private set; } = [];

    /// <summary>The unit (phòng, ban) name of each member, by username; units are changed on the Phòng, ban page.</summary>
    public IReadOnlyDictionary<string, string> UnitOf { get; private set; } = new Dictionary<string, string>();

    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string[] NewRoles { get; set; } = [];

    [BindProperty]
    public string? Username { get; set; }

    public string? Message { get; private set; }

    /// <summary>A password just issued, shown this once.</summary>
    public string? IssuedPassword { get; private set; }

    public string? Error { get; private set; }

    public bool IsAdmin
    {
        get
        {
            var user = CurrentUser.From(User);
            return user is not null && (user.Roles.Contains(Roles.AgencyAdmin) || user.IsSystemAdmin);
        }
    }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task OnPostCreateAsync(CancellationToken ct)
    {
        var result = await AccountHandlers.CreateAsync(new CreateAccountRequest(Agency.Code, FullName, NewRoles), HttpContext, db, time, ct);
        switch (result.Result)
        {
            case Created<IssuedAccountResponse> { Value: { } issued }:
                Message = $"Đã tạo tài khoản {issued.Account.Username} cho {issued.Account.FullName}.";
                IssuedPassword = issued.IssuedPassword;
                break;
            case ValidationProblem invalid:
                Error = string.Join(" ", invalid.ProblemDetails.Errors.SelectMany(e => e.Value));
                break;
            case ProblemHttpResult problem:
                Error = problem.ProblemDetails.Detail;
                break;
        }
        await LoadAsync(ct);
    }

    public async Task OnPostDisableAsync(CancellationToken ct) =>
        await ActAsync(await AccountHandlers.DisableAsync(Username ?? "", HttpContext, db, time, ct), "Đã khóa tài khoản", ct);

    public async Task OnPostEnableAsync(CancellationToken ct) =>
        await ActAsync(await AccountHandlers.EnableAsync(Username ?? "", HttpContext, db, time, ct), "Đã mở khóa tài khoản", ct);

    public async Task OnPostResetAsync(CancellationToken ct)
    {
        var result = await AccountHandlers.ResetPasswordAsync(Username ?? "", HttpContext, db, time, ct);
        if (result.Result is Ok<IssuedAccountResponse> { Value: { } issued })
        {
            Message = $"Đã cấp lại mật khẩu cho {issued.Account.Username}; người dùng phải đổi mật khẩu khi đăng nhập.";
            IssuedPassword = issued.IssuedPassword;
        }
        else
        {
            Error = (result.Result as ProblemHttpResult)?.ProblemDetails.Detail;
        }
        await LoadAsync(ct);
    }

    private async Task ActAsync(Results<Ok<AccountResponse>, ProblemHttpResult> result, string done, CancellationToken ct)
    {
        if (result.Result is Ok<AccountResponse> { Value: { } account })
        {
            Message = $"{done} {account.Username}.";
        }
        else
        {
            Error = (result.Result as ProblemHttpResult)?.ProblemDetails.Detail;
        }
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var result = await AccountHandlers.ListAsync(Agency.Code, HttpContext, db, ct);
        Accounts = (result.Result as Ok<List<AccountResponse>>)?.Value ?? [];
        var units = (await ListUnits.HandleAsync(HttpContext, db, ct)).Value ?? [];
        UnitOf = units.SelectMany(u => u.Members.Select(m => (m.Username, u.Name))).ToDictionary(p => p.Username, p => p.Name);
        Error ??= (result.Result as ProblemHttpResult)?.ProblemDetails.Detail;
    }
}
