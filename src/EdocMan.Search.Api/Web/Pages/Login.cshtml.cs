using EdocMan.Search.Api.Auth;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdocMan.Search.Api.Web.Pages;

/// <summary>The login form; it goes through the same handler as <c>POST /api/auth/login</c>.</summary>
[AllowAnonymous]
public sealed class LoginModel(EdocManDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await AuthHandlers.LoginAsync(new LoginRequest(Username, Password), HttpContext, db, time, ct);
        if (result.Result is not Ok<MeResponse> { Value: { } me })
        {
            Error = (result.Result as ProblemHttpResult)?.ProblemDetails.Detail ?? "Đăng nhập không thành công.";
            return Page();
        }
        if (me.MustChangePassword)
        {
            return Redirect("/doi-mat-khau");
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/" + me.Agency);
    }
}
