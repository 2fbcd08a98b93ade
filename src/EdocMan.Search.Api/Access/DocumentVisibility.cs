using EdocMan.Search.Api.Auth;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Data;
using EdocMan.Search.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Access;

/// <summary>A document the user may see, with the code of the agency whose register holds it.</summary>
internal sealed record VisibleDocument(Document Document, string OwnerCode);

/// <summary>
/// The permission check of the direct URLs (metadata, original, text): the same tokens and the same
/// rule as the index filter, so a document that search would not show cannot be opened by its id either.
/// </summary>
internal static class DocumentVisibility
{
    /// <summary>The signed-in user's access tokens.</summary>
    public static IReadOnlyCollection<string> TokensOf(CurrentUser user) =>
        AccessPolicy.ForUser(user.AgencyCode, user.Roles, user.AccountId);

    /// <summary>
    /// The document if it exists and the user may see it; otherwise <c>null</c>, so that "forbidden" and
    /// "missing" look the same and ids cannot be probed.
    /// </summary>
    public static async Task<VisibleDocument?> FindAsync(EdocManDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (document is null)
        {
            return null;
        }
        var tokens = await db.LoadAccessTokensAsync(id, ct);
        if (tokens is null || !AccessPolicy.Allows(tokens, TokensOf(user)))
        {
            return null;
        }
        var owner = await db.Agencies.AsNoTracking().Where(a => a.Id == document.AgencyId).Select(a => a.Code).SingleAsync(ct);
        return new VisibleDocument(document, owner);
    }

    /// <summary>Those of <paramref name="documents"/> the user may see, in their order: for lists read from the database.</summary>
    public static async Task<List<Document>> VisibleAsync(EdocManDbContext db, CurrentUser user, IReadOnlyList<Document> documents, CancellationToken ct)
    {
        var tokens = await db.LoadAccessTokensAsync(documents.Select(d => d.Id).ToList(), ct);
        var mine = TokensOf(user);
        return documents.Where(d => tokens.TryGetValue(d.Id, out var t) && AccessPolicy.Allows(t, mine)).ToList();
    }
}
