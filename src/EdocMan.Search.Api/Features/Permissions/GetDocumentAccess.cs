using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Data;
using EdocMan.Search.Data.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Permissions;

internal static class GetDocumentAccess
{
    public static async Task<Results<Ok<DocumentAccessResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var (document, problem) = await FindManagedAsync(http, db, id, ct);
        return document is null ? problem! : TypedResults.Ok(await DescribeAsync(db, document, http.Agency().Code, ct));
    }

    /// <summary>
    /// The document, if the user may change who sees it: its own agency's văn thư, lãnh đạo or quản trị
    /// đơn vị, working in that agency. Someone who cannot even see it gets 404, like everywhere else.
    /// </summary>
    public static async Task<(Document? Document, ProblemHttpResult? Problem)> FindManagedAsync(
        HttpContext http, EdocManDbContext db, Guid id, CancellationToken ct)
    {
        var visible = await GetDocument.FindAsync(http, db, id, ct);
        if (visible is null)
        {
            return (null, GetDocument.NotFound());
        }
        var user = CurrentUser.From(http.User)!;
        var manages = visible.Document.AgencyId == user.AgencyId
                      && visible.Document.AgencyId == http.Agency().Id
                      && AccessPolicy.AgencyWideRoles.Any(user.Roles.Contains);
        return manages
            ? (visible.Document, null)
            : (null, Problems.Of(403, "Chỉ văn thư, lãnh đạo hoặc quản trị của đơn vị giữ văn bản mới được công bố, gửi hoặc chia sẻ văn bản."));
    }

    public static async Task<DocumentAccessResponse> DescribeAsync(EdocManDbContext db, Document document, string ownerCode, CancellationToken ct)
    {
        var grants = await db.DocumentGrants.AsNoTracking().Where(g => g.DocumentId == document.Id).ToListAsync(ct);
        var agencyIds = grants.Where(g => g.AgencyId is not null).Select(g => g.AgencyId!.Value).ToList();
        var handlers = (await db.LoadHandlersAsync([document.Id], ct))[document.Id].ToList();
        var accountIds = grants.Where(g => g.AccountId is not null).Select(g => g.AccountId!.Value).Concat(handlers).ToList();
        var codes = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Code, ct);
        var usernames = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Username, ct);
        List<string> Codes(GrantKind kind) =>
            grants.Where(g => g.Kind == kind && g.AgencyId is not null).Select(g => codes[g.AgencyId!.Value]).Order(StringComparer.Ordinal).ToList();
        return new DocumentAccessResponse(
            document.Id, ownerCode, document.Register.ToString(), document.Published,
            Codes(GrantKind.Recipient), Codes(GrantKind.Agency),
            grants.Where(g => g.Kind == GrantKind.User && g.AccountId is not null)
                .Select(g => usernames[g.AccountId!.Value]).Order(StringComparer.Ordinal).ToList(),
            handlers.Select(h => usernames[h]).Order(StringComparer.Ordinal).ToList());
    }
}
