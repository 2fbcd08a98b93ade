using EdocMan.Search.Api.Access;
using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Audit;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EdocMan.Search.Api.Features.Documents;

internal static class GetDocument
{
    public static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var visible = await FindAsync(http, db, id, ct);
        if (visible is null)
        {
            return NotFound();
        }
        await AuditAsync(http, db, AuditActions.View, id, ct);
        return TypedResults.Ok(DocumentResponse.From(visible.Document, visible.OwnerCode, http.Agency().Code));
    }

    /// <summary>Records who opened which document (metadata, text or original).</summary>
    public static async Task AuditAsync(HttpContext http, EdocManDbContext db, string action, Guid id, CancellationToken ct)
    {
        // Resolved here rather than injected so that every caller of the handlers keeps its signature.
        var time = http.RequestServices.GetRequiredService<TimeProvider>();
        AuditTrail.Add(db, time, CurrentUser.From(http.User), action, id, null);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A document the signed-in user may see (docs/permissions.md), from any agency's register. One they
    /// may not see is "not found", never "forbidden", so ids cannot be probed.
    /// </summary>
    public static Task<VisibleDocument?> FindAsync(HttpContext http, EdocManDbContext db, Guid id, CancellationToken ct) =>
        DocumentVisibility.FindAsync(db, CurrentUser.From(http.User)!, id, ct);

    public static ProblemHttpResult NotFound() => Problems.Of(404, "Không tìm thấy văn bản này, hoặc bạn không có quyền xem văn bản này.");
}
