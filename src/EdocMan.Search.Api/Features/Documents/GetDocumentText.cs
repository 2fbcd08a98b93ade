using EdocMan.Search.Core.Audit;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Documents;

/// <summary>The extracted, normalised text of a document, page by page.</summary>
public sealed record DocumentTextResponse(Guid Id, IReadOnlyList<PageTextResponse> Pages);

/// <summary>One page's text and how it was read.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Source">"TextLayer", "Ocr", ….</param>
/// <param name="Confidence">Mean OCR confidence (0–100) for OCR'd pages.</param>
/// <param name="Text">The normalised text.</param>
/// <param name="Note">Why the page's text is missing or partial, in Vietnamese; null when read normally.</param>
/// <param name="UncertainWords">Words OCR was unsure of, for a clerk to check; null when none.</param>
public sealed record PageTextResponse(
    int Number, string Source, int? Confidence, string Text, string? Note = null, IReadOnlyList<string>? UncertainWords = null);

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
        return TypedResults.Ok(new DocumentTextResponse(id, await PagesAsync(db, id, ct)));
    }

    /// <summary>The pages, for a caller that has already checked access and audited the view (the document page).</summary>
    public static async Task<List<PageTextResponse>> PagesAsync(EdocManDbContext db, Guid id, CancellationToken ct)
    {
        var pages = await db.DocumentPages.AsNoTracking()
            .Where(p => p.DocumentId == id)
            .OrderBy(p => p.Number)
            .Select(p => new { p.Number, p.Source, p.Confidence, p.Text, p.Note, p.UncertainWords })
            .ToListAsync(ct);
        return [.. pages.Select(p => new PageTextResponse(p.Number, p.Source.ToString(), p.Confidence, p.Text, p.Note, p.UncertainWords?.Split(' ')))];
    }
}
