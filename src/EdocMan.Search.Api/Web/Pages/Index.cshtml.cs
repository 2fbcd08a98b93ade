using EdocMan.Search.Api.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdocMan.Search.Api.Web.Pages;

/// <summary>The root sends an official to their agency's home, anyone else to the login page.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        CurrentUser.From(User) is { } user ? Redirect("/" + user.AgencyCode) : Redirect("/dang-nhap");
}
