using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.CaseFiles;

/// <summary>
/// Sharing a file with named officials or whole agencies (read-only for them). Sharing the file does not share
/// its documents: each line stays subject to the document's own permissions.
/// </summary>
internal static class CaseFileSharing
{
    public const int MaxGrantees = 200;

    public static async Task<Results<Ok<CaseFileSharesResponse>, ProblemHttpResult>> GetAsync(
        int id, HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User)!;
        var file = await CaseFileAccess.FindAsync(db, user, id, ct);
        if (file is null)
        {
            return CaseFileAccess.NotFound();
        }
        return CaseFileAccess.CanChange(file, user)
            ? TypedResults.Ok(await LoadAsync(db, id, ct))
            : Problems.Of(403, "Chỉ người lập hồ sơ, lãnh đạo hoặc quản trị của đơn vị mới xem và thay đổi việc chia sẻ hồ sơ.");
    }

    public static async Task<Results<Ok<CaseFileSharesResponse>, ProblemHttpResult>> SetAsync(
        int id, CaseFileSharesRequest? request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User)!;
        var (file, problem) = await CaseFileAccess.FindForChangeAsync(db, user, id, ct);
        if (file is null)
        {
            return problem!;
        }
        var usernames = (request?.Users ?? []).Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim().ToLowerInvariant()).Distinct().ToList();
        var codes = (request?.Agencies ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim().ToLowerInvariant()).Distinct().ToList();
        if (usernames.Count + codes.Count > MaxGrantees)
        {
            return Problems.Of(400, $"Chia sẻ tối đa {MaxGrantees} người và cơ quan mỗi lần.");
        }
        var accounts = await db.Accounts.Where(a => usernames.Contains(a.Username)).ToDictionaryAsync(a => a.Username, a => a.Id, ct);
        var agencies = await db.Agencies.Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Id, ct);
        if (usernames.FirstOrDefault(u => !accounts.ContainsKey(u)) is { } unknownUser)
        {
            return Problems.Of(400, $"Không có tài khoản “{Short(unknownUser)}”.");
        }
        if (codes.FirstOrDefault(c => !agencies.ContainsKey(c)) is { } unknownAgency)
        {
            return Problems.Of(400, $"Không có cơ quan, đơn vị có mã “{Short(unknownAgency)}”.");
        }
        var now = time.GetUtcNow();
        db.CaseFileShares.RemoveRange(await db.CaseFileShares.Where(s => s.CaseFileId == id).ToListAsync(ct));
        db.CaseFileShares.AddRange(accounts.Values.Select(a => new CaseFileShare { CaseFileId = id, AccountId = a, GrantedBy = user.AccountId, GrantedAt = now }));
        db.CaseFileShares.AddRange(agencies.Values.Select(a => new CaseFileShare { CaseFileId = id, AgencyId = a, GrantedBy = user.AccountId, GrantedAt = now }));
        AuditTrail.Add(db, time, user, CaseFileAuditActions.Share, null,
            $"chia sẻ hồ sơ {file.Code} năm {file.Year}: {string.Join(", ", usernames.Concat(codes).DefaultIfEmpty("không ai"))}");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await LoadAsync(db, id, ct));
    }

    public static async Task<CaseFileSharesResponse> LoadAsync(EdocManDbContext db, int id, CancellationToken ct)
    {
        var users = await (from s in db.CaseFileShares join a in db.Accounts on s.AccountId equals a.Id
                           where s.CaseFileId == id orderby a.Username select a.Username).ToListAsync(ct);
        var agencies = await (from s in db.CaseFileShares join a in db.Agencies on s.AgencyId equals a.Id
                              where s.CaseFileId == id orderby a.Code select a.Code).ToListAsync(ct);
        return new CaseFileSharesResponse(users, agencies);
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
