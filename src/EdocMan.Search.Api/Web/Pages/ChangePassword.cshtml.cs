using EdocMan.Search.Api.Auth;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdocMan.Search.Api.Web.Pages;

/// <summary>The forced (or voluntary) password change; same rules as <c>POST /api/auth/change-password</c>.</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public sealed class ChangePasswordModel(EdocManDbContext db) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (NewPassword != ConfirmPassword)
        {
            Error = "Hai lần nhập mật khẩu mới không khớp nhau.";
            return Page();
        }
        var result = await AuthHandlers.ChangePasswordAsync(new ChangePasswordRequest(CurrentPassword, NewPassword), HttpContext, db, ct);
        if (result.Result is Ok<MeResponse> { Value: { } me })
        {
            return Redirect("/" + me.Agency);
        }
        Error = (result.Result as ProblemHttpResult)?.ProblemDetails.Detail ?? "Không đổi được mật khẩu.";
        return Page();
    }
}
