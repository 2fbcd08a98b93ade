using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Ingestion;
using EdocMan.Search.Core.Audit;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using EdocMan.Search.Data.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Permissions;

/// <summary>
/// <c>PUT /{agency}/api/documents/{id}/access</c>: replaces the document's publication, recipients and
/// shares, then re-indexes its entry from the stored page texts so search obeys the change at once.
/// </summary>
internal static class SetDocumentAccess
{
    private const int MaxGrantees = 200;

    public static async Task<Results<Ok<DocumentAccessResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, DocumentAccessRequest request, HttpContext http, EdocManDbContext db, ISearchIndex index,
        TimeProvider time, CancellationToken ct)
    {
        var (current, problem) = await GetDocumentAccess.FindManagedAsync(http, db, id, ct);
        if (current is null)
        {
            return problem!;
        }
        var owner = http.Agency();
        var errors = new Dictionary<string, string[]>();
        var recipients = await AgencyIdsAsync(db, request.Recipients, "recipients", owner.Id, errors, ct);
        var agencies = await AgencyIdsAsync(db, request.Agencies, "agencies", owner.Id, errors, ct);
        var users = await AccountIdsAsync(db, request.Users, errors, ct);
        if (recipients.Count > 0 && current.Register != RegisterKind.Outgoing)
        {
            errors["recipients"] = ["Chỉ văn bản đi mới có nơi nhận; hãy dùng chia sẻ cho cơ quan, đơn vị."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, detail: "Thông tin phân quyền chưa hợp lệ.", title: "Yêu cầu không hợp lệ");
        }

        var user = CurrentUser.From(http.User)!;
        var now = time.GetUtcNow();
        // One transaction: a reader never sees the old shares removed and the new ones not yet added.
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.DocumentGrants.Where(g => g.DocumentId == id).ExecuteDeleteAsync(ct);
            db.DocumentGrants.AddRange(recipients.Select(a => Grant(id, GrantKind.Recipient, a, null, user.AccountId, now)));
            db.DocumentGrants.AddRange(agencies.Select(a => Grant(id, GrantKind.Agency, a, null, user.AccountId, now)));
            db.DocumentGrants.AddRange(users.Select(u => Grant(id, GrantKind.User, null, u, user.AccountId, now)));
            await db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Published, request.Published), ct);
            AuditTrail.Add(db, time, user, AuditActions.AccessChange, id,
                $"công bố: {(request.Published ? "có" : "không")}; nơi nhận: {recipients.Count}; đơn vị: {agencies.Count}; người: {users.Count}");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        // After the grants are committed: an entry still being extracted picks them up in the worker.
        await IndexEntryBuilder.ReindexAsync(db, index, id, ct);
        var document = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == id, ct);
        return TypedResults.Ok(await GetDocumentAccess.DescribeAsync(db, document, owner.Code, ct));
    }

    private static DocumentGrant Grant(Guid id, GrantKind kind, int? agencyId, int? accountId, int grantedBy, DateTimeOffset at) =>
        new() { DocumentId = id, Kind = kind, AgencyId = agencyId, AccountId = accountId, GrantedBy = grantedBy, GrantedAt = at };

    private static async Task<List<int>> AgencyIdsAsync(
        EdocManDbContext db, string[]? codes, string field, int ownerId, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var wanted = Clean(codes);
        if (wanted.Count > MaxGrantees)
        {
            errors[field] = [$"Tối đa {MaxGrantees} cơ quan, đơn vị."];
            return [];
        }
        var found = await db.Agencies.AsNoTracking().Where(a => wanted.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Id, ct);
        var unknown = wanted.Where(c => !found.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
        {
            errors[field] = [$"Không có cơ quan, đơn vị mã: {string.Join(", ", unknown.Take(10))}."];
        }
        else if (found.ContainsValue(ownerId))
        {
            errors[field] = ["Không cần gửi hoặc chia sẻ văn bản cho chính đơn vị giữ văn bản."];
        }
        return found.Values.ToList();
    }

    private static async Task<List<int>> AccountIdsAsync(EdocManDbContext db, string[]? usernames, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var wanted = Clean(usernames);
        if (wanted.Count > MaxGrantees)
        {
            errors["users"] = [$"Tối đa {MaxGrantees} người."];
            return [];
        }
        var found = await db.Accounts.AsNoTracking().Where(a => wanted.Contains(a.Username)).ToDictionaryAsync(a => a.Username, a => a.Id, ct);
        var unknown = wanted.Where(u => !found.ContainsKey(u)).ToList();
        if (unknown.Count > 0)
        {
            errors["users"] = [$"Không có tài khoản: {string.Join(", ", unknown.Take(10))}."];
        }
        return found.Values.ToList();
    }

    private static List<string> Clean(string[]? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
}
