using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.Api.Auth;

/// <summary>Names and secrets of the API-token scheme.</summary>
internal static class ApiTokenAuthentication
{
    public const string Scheme = "ApiToken";

    /// <summary>The policy scheme that picks the token scheme for a Bearer header and the cookie otherwise.</summary>
    public const string CookieOrToken = "CookieOrToken";

    private const string SecretPrefix = "edoc_";

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>A new secret: 256 random bits, URL-safe, with a recognisable prefix for secret scanners.</summary>
    public static string NewSecret() =>
        SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

/// <summary>
/// Authenticates <c>Authorization: Bearer edoc_…</c>: the token must exist, be neither revoked nor
/// expired, and belong to an account that is not disabled. The principal is the same as a cookie
/// session's, so every permission rule applies unchanged. Bearer requests carry no cookie and are
/// therefore not exposed to CSRF.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!ApiTokenAuthentication.HasBearer(Request))
        {
            return AuthenticateResult.NoResult();
        }
        var secret = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        var hash = ApiTokenAuthentication.Hash(secret);
        var db = Context.RequestServices.GetRequiredService<EdocManDbContext>();
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted);
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= time.GetUtcNow())
        {
            return AuthenticateResult.Fail("Mã truy cập không hợp lệ, đã thu hồi hoặc đã hết hạn.");
        }
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == token.AccountId, Context.RequestAborted);
        if (account is null || account.Disabled)
        {
            return AuthenticateResult.Fail("Tài khoản của mã truy cập đã bị khóa.");
        }
        var code = await db.Agencies.AsNoTracking().Where(a => a.Id == account.AgencyId).Select(a => a.Code).SingleAsync(Context.RequestAborted);
        return AuthenticateResult.Success(new AuthenticationTicket(CurrentUser.ToPrincipal(account, code, Scheme.Name), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = Problems.Create(401, "Mã truy cập không hợp lệ, đã thu hồi hoặc đã hết hạn."),
        }).AsTask();
    }
}
