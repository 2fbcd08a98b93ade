using EdocMan.Search.Api.Errors;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EdocMan.Search.Api.Auth;

internal static class AuthenticationSetup
{
    /// <summary>
    /// Cookie sessions for officials. Web pages redirect to the login page; the API answers 401/403
    /// with ProblemDetails instead, since a script or the pages' fetch could not follow a redirect.
    /// </summary>
    public static IServiceCollection AddEdocManAuthentication(this IServiceCollection services)
    {
        // Scripts present an API token as a Bearer header; everyone else has the cookie session.
        services.AddAuthentication(ApiTokenAuthentication.CookieOrToken)
            .AddPolicyScheme(ApiTokenAuthentication.CookieOrToken, "Phiên đăng nhập hoặc mã truy cập", o =>
                o.ForwardDefaultSelector = c => ApiTokenAuthentication.HasBearer(c.Request)
                    ? ApiTokenAuthentication.Scheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthentication.Scheme, null)
            .AddCookie(o =>
            {
                o.Cookie.Name = "edocman.session";
                o.Cookie.HttpOnly = true;
                // Strict: the browser never sends the session on a cross-site request, which blocks CSRF on the API.
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/dang-nhap";
                o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
                o.Events.OnRedirectToLogin = c => IsApi(c.Request)
                    ? WriteProblem(c.HttpContext, 401, "Bạn cần đăng nhập.")
                    : Redirect(c);
                o.Events.OnRedirectToAccessDenied = c => IsApi(c.Request)
                    ? WriteProblem(c.HttpContext, 403, "Bạn không có quyền thực hiện thao tác này.")
                    : Redirect(c);
            });
        services.AddAuthorization();
        services.TryAddSingleton<SessionAccountCache>();
        services.TryAddSingleton<AgencyRouteCache>();
        return services;
    }

    /// <summary><c>/api/...</c> and <c>/{agency}/api/...</c>.</summary>
    private static bool IsApi(HttpRequest request)
    {
        var path = request.Path.Value ?? string.Empty;
        return path.StartsWith("/api/", StringComparison.Ordinal)
               || path.IndexOf("/api/", 1, StringComparison.Ordinal) == path.IndexOf('/', 1);
    }

    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static Task WriteProblem(HttpContext http, int status, string detail)
    {
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = Problems.Create(status, detail) })
            .AsTask();
    }
}
