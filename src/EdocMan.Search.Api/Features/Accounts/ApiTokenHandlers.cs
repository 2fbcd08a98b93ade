using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Audit;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Accounts;

/// <summary>A new API token: a name and how many days it lives (1 to 365, default 90).</summary>
public sealed record CreateApiTokenRequest(string? Name, int? Days);

/// <summary>A token as its owner sees it; <paramref name="Token"/> is the secret, shown only when created.</summary>
public sealed record ApiTokenResponse(long Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, bool Revoked, string? Token);

/// <summary><c>/api/auth/tokens</c>: an official's own tokens for scripts.</summary>
internal static class ApiTokenHandlers
{
    public static async Task<Results<Created<ApiTokenResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateApiTokenRequest request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (Denied(http, out var user) is { } denied)
        {
            return denied;
        }
        var errors = new Dictionary<string, string[]>();
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 100)
        {
            errors["name"] = ["Hãy đặt tên cho mã truy cập (tối đa 100 ký tự)."];
        }
        if (request.Days is < 1 or > 365)
        {
            errors["days"] = ["Thời hạn từ 1 đến 365 ngày."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, detail: "Thông tin mã truy cập chưa hợp lệ.", title: "Yêu cầu không hợp lệ");
        }
        var secret = ApiTokenAuthentication.NewSecret();
        var now = time.GetUtcNow();
        var token = new ApiToken
        {
            AccountId = user!.AccountId, Name = name, TokenHash = ApiTokenAuthentication.Hash(secret), Prefix = secret[..10],
            CreatedAt = now, ExpiresAt = now.AddDays(request.Days ?? 90),
        };
        db.ApiTokens.Add(token);
        AuditTrail.Add(db, time, user, AuditActions.AccountChange, null, $"tạo mã truy cập “{name}” ({token.Prefix}…)");
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/auth/tokens/{token.Id}", Describe(token, secret));
    }

    public static async Task<Results<Ok<List<ApiTokenResponse>>, ProblemHttpResult>> ListAsync(HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        if (Denied(http, out var user) is { } denied)
        {
            return denied;
        }
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.AccountId == user!.AccountId).OrderByDescending(t => t.Id).ToListAsync(ct);
        return TypedResults.Ok(tokens.Select(t => Describe(t, null)).ToList());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        long id, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (Denied(http, out var user) is { } denied)
        {
            return denied;
        }
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.AccountId == user!.AccountId, ct);
        if (token is null)
        {
            return Problems.Of(404, "Không tìm thấy mã truy cập này.");
        }
        token.RevokedAt ??= time.GetUtcNow();
        AuditTrail.Add(db, time, user, AuditActions.AccountChange, null, $"thu hồi mã truy cập “{token.Name}” ({token.Prefix}…)");
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult? Denied(HttpContext http, out CurrentUser? user)
    {
        user = CurrentUser.From(http.User);
        if (user is null)
        {
            return Problems.Of(401, "Bạn cần đăng nhập.");
        }
        return http.User.HasClaim(CurrentUser.MustChangePasswordClaim, "true") ? Problems.Of(403, AgencyAccess.MustChangePassword) : null;
    }

    private static ApiTokenResponse Describe(ApiToken t, string? secret) =>
        new(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt is not null, secret);
}
