using EdocMan.Search.Api.Errors;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace EdocMan.Search.Api.Auth;

internal static class AuthenticationSetup
{
    /// <summary>
    /// Cookie sessions for officials. The API answers 401/403 with ProblemDetails instead of
    /// redirecting to a login page, which a script or the web UI's fetch could not follow.
    /// </summary>
    public static IServiceCollection AddEdocManAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "edocman.session";
                o.Cookie.HttpOnly = true;
                // Strict: the browser never sends the session on a cross-site request, which blocks CSRF on the API.
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = c => WriteProblem(c.HttpContext, 401, "Bạn cần đăng nhập.");
                o.Events.OnRedirectToAccessDenied = c => WriteProblem(c.HttpContext, 403, "Bạn không có quyền thực hiện thao tác này.");
            });
        services.AddAuthorization();
        return services;
    }

    private static Task WriteProblem(HttpContext http, int status, string detail)
    {
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = Problems.Create(status, detail) })
            .AsTask();
    }
}
