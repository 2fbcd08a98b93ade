using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Data;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Auth;

/// <summary>
/// Guards every <c>/{agency}/api/...</c> route: the agency must exist, the user must have replaced an
/// issued password, and the user must belong to that agency (or be the province's system admin).
/// </summary>
/// <remarks>
/// Handlers read the resolved agency with <see cref="AgencyHttpContextExtensions.Agency"/>; they never
/// trust the route value themselves, so a forgotten check cannot open another agency's documents.
/// </remarks>
internal sealed class AgencyAccessFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var denied = await AgencyAccess.CheckAsync(context.HttpContext);
        return denied is null ? await next(context) : Problems.Of(denied.Status, denied.Detail);
    }
}

/// <summary>Why a request may not enter an agency's routes; shared by the API filter and the web pages.</summary>
internal sealed record AccessDenied(int Status, string Detail);

internal static class AgencyAccess
{
    /// <summary>
    /// Resolves the route's agency and checks the signed-in user against it. On success the agency
    /// is stored for <see cref="AgencyHttpContextExtensions.Agency"/> and null is returned.
    /// </summary>
    public static async Task<AccessDenied?> CheckAsync(HttpContext http)
    {
        var user = CurrentUser.From(http.User);
        if (user is null)
        {
            return new AccessDenied(401, "Bạn cần đăng nhập.");
        }
        if (http.User.HasClaim(CurrentUser.MustChangePasswordClaim, "true"))
        {
            return new AccessDenied(403, MustChangePassword);
        }
        var code = (http.GetRouteValue("agency") as string ?? string.Empty).ToLowerInvariant();
        var agencies = http.RequestServices.GetRequiredService<AgencyRouteCache>();
        if (!agencies.TryGet(code, out var agency))
        {
            var db = http.RequestServices.GetRequiredService<EdocManDbContext>();
            agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code, http.RequestAborted);
            if (agency is not null)
            {
                agencies.Store(agency);
            }
        }
        if (agency is null)
        {
            return new AccessDenied(404, $"Không tìm thấy cơ quan, đơn vị có mã “{Truncate(code)}”.");
        }
        if (agency.Id != user.AgencyId && !user.IsSystemAdmin)
        {
            return new AccessDenied(403, "Bạn không thuộc cơ quan, đơn vị này nên không được truy cập dữ liệu của đơn vị.");
        }
        http.Items[typeof(Agency)] = agency;
        return null;
    }

    public const string MustChangePassword = "Bạn phải đổi mật khẩu được cấp trước khi sử dụng hệ thống.";

    private static string Truncate(string code) => code.Length <= 40 ? code : code[..40] + "…";
}

internal static class AgencyHttpContextExtensions
{
    /// <summary>The agency that <see cref="AgencyAccessFilter"/> resolved and checked for this request.</summary>
    public static Agency Agency(this HttpContext http) =>
        http.Items[typeof(Agency)] as Agency
        ?? throw new InvalidOperationException("AgencyAccessFilter did not run for this endpoint.");

    /// <summary>Maps a group under <c>/{agency}/api</c> that requires sign-in and agency membership.</summary>
    public static RouteGroupBuilder MapAgencyGroup(this IEndpointRouteBuilder app, string prefix) =>
        app.MapGroup("/{agency}/api" + prefix)
            .RequireAuthorization()
            .AddEndpointFilter<AgencyAccessFilter>();
}
