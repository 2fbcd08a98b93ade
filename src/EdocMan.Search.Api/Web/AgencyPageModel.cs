using EdocMan.Search.Api.Auth;
using EdocMan.Search.Core.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdocMan.Search.Api.Web;

/// <summary>
/// Base of every page under <c>/{agency}/...</c>: the same access check as the API's
/// <see cref="AgencyAccessFilter"/>, run before any handler. A signed-out user is sent to the login
/// page, an issued password to the change form; other refusals render the page's refusal block
/// with the right status code instead of the page's content.
/// </summary>
public abstract class AgencyPageModel : PageModel
{
    /// <summary>Set when access was refused; the page shows <c>_Denied</c> instead of its content.</summary>
    public string? Denied { get; private set; }

    public Agency Agency => HttpContext.Agency();

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var denied = await AgencyAccess.CheckAsync(HttpContext);
        if (denied is null)
        {
            await next();
            return;
        }
        if (denied.Status == StatusCodes.Status401Unauthorized)
        {
            context.Result = Redirect("/dang-nhap?ReturnUrl=" + Uri.EscapeDataString(Request.Path + Request.QueryString));
            return;
        }
        if (denied.Detail == AgencyAccess.MustChangePassword)
        {
            context.Result = Redirect("/doi-mat-khau");
            return;
        }
        Denied = denied.Detail;
        HttpContext.Response.StatusCode = denied.Status;
        context.Result = new PageResult();
    }
}
