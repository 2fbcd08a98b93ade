using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Documents;

internal static class GetDocument
{
    public static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var agency = http.Agency();
        var document = await FindAsync(db, agency.Id, id, ct);
        return document is null ? NotFound() : TypedResults.Ok(DocumentResponse.From(document, agency));
    }

    /// <summary>A document of this agency; another agency's id is "not found", never "forbidden", so ids cannot be probed.</summary>
    public static Task<Document?> FindAsync(EdocManDbContext db, int agencyId, Guid id, CancellationToken ct) =>
        db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.AgencyId == agencyId, ct);

    public static ProblemHttpResult NotFound() => Problems.Of(404, "Không tìm thấy văn bản này trong đơn vị.");
}
