using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdocMan.Search.Api.Web.Pages;

[AllowAnonymous]
public sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/dang-nhap");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/dang-nhap");
    }
}
