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
        var http = context.HttpContext;
        var user = CurrentUser.From(http.User);
        if (user is null)
        {
            return Problems.Of(401, "Bạn cần đăng nhập.");
        }
        if (http.User.HasClaim(CurrentUser.MustChangePasswordClaim, "true"))
        {
            return Problems.Of(403, "Bạn phải đổi mật khẩu được cấp trước khi sử dụng hệ thống.");
        }
        var code = (http.GetRouteValue("agency") as string ?? string.Empty).ToLowerInvariant();
        var db = http.RequestServices.GetRequiredService<EdocManDbContext>();
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code, http.RequestAborted);
        if (agency is null)
        {
            return Problems.Of(404, $"Không tìm thấy cơ quan, đơn vị có mã “{Truncate(code)}”.");
        }
        if (agency.Id != user.AgencyId && !user.IsSystemAdmin)
        {
            return Problems.Of(403, "Bạn không thuộc cơ quan, đơn vị này nên không được truy cập dữ liệu của đơn vị.");
        }
        http.Items[typeof(Agency)] = agency;
        return await next(context);
    }

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
