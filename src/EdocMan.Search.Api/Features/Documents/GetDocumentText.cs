using EdocMan.Search.Core.Audit;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Documents;

/// <summary>The extracted, normalised text of a document, page by page.</summary>
public sealed record DocumentTextResponse(Guid Id, IReadOnlyList<PageTextResponse> Pages);

public sealed record PageTextResponse(int Number, string Source, int? Confidence, string Text);

internal static class GetDocumentText
{
    public static async Task<Results<Ok<DocumentTextResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var document = (await GetDocument.FindAsync(http, db, id, ct))?.Document;
        if (document is null)
        {
            return GetDocument.NotFound();
        }
        await GetDocument.AuditAsync(http, db, AuditActions.View, id, ct);
        var pages = await db.DocumentPages.AsNoTracking()
            .Where(p => p.DocumentId == id)
            .OrderBy(p => p.Number)
            .Select(p => new PageTextResponse(p.Number, p.Source.ToString(), p.Confidence, p.Text))
            .ToListAsync(ct);
        return TypedResults.Ok(new DocumentTextResponse(id, pages));
    }
}
