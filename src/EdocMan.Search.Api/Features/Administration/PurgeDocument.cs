using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Audit;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Administration;

/// <summary>Why a document is purged; required, kept in the audit log.</summary>
public sealed record PurgeRequest(string? Reason);

/// <summary>What the purge removed.</summary>
public sealed record PurgeResponse(Guid Id, bool OriginalDeleted, int RegisterEntriesRemoved);

/// <summary>
/// <c>POST /api/admin/documents/{id}/purge</c>: removes content that must not be in the system (seed,
/// Art. 3.2) from the index, the database and the store of originals, and records who did it and why.
/// </summary>
/// <remarks>
/// Implementation note: the index entry goes first, so the document stops being findable before anything
/// else happens; the original is deleted last and only when no other document (another agency's copy)
/// has the same bytes. The audit line keeps the number and the hash, never the title or the text.
/// </remarks>
internal static class PurgeDocument
{
    public static async Task<Results<Ok<PurgeResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, PurgeRequest request, HttpContext http, EdocManDbContext db, ISearchIndex index, IDocumentStore store,
        TimeProvider time, CancellationToken ct)
    {
        var (admin, problem) = AdminAccess.Check(http);
        if (admin is null)
        {
            return problem!;
        }
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Trim().Length < 10)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["reason"] = ["Hãy ghi rõ lý do xóa hẳn văn bản (ít nhất 10 ký tự)."] },
                detail: "Thiếu lý do xóa.", title: "Yêu cầu không hợp lệ");
        }
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, ct);
        // An agency admin purges only their own agency's documents; others' look missing.
        if (document is null || (!admin.IsSystemAdmin && document.AgencyId != admin.AgencyId))
        {
            return Problems.Of(404, "Không tìm thấy văn bản này.");
        }

        await index.DeleteAsync(id, ct);
        await index.RefreshAsync();
        await index.CommitAsync();

        var entries = (await db.RegisterEntries.AsNoTracking().Where(e => e.DocumentId == id).ToListAsync(ct))
            .Select(e => $"{e.Kind} {e.Year} số {e.Number:00}")
            .ToList();
        db.Documents.Remove(document);
        AuditTrail.Add(db, time, admin, AuditActions.Purge, id,
            $"Lý do: {request.Reason.Trim()} | số, ký hiệu: {document.Number} | sổ: {string.Join(", ", entries)} | SHA-256: {document.Sha256}",
            document.AgencyId);
        await db.SaveChangesAsync(ct);

        var shared = await db.Documents.AnyAsync(d => d.Sha256 == document.Sha256, ct);
        var deleted = !shared && store.Delete(document.Sha256);
        // The searchable PDF carries the same content as text: it goes with the original.
        if (document.SearchablePdfSha256 is { } searchable
            && !await db.Documents.AnyAsync(d => d.SearchablePdfSha256 == searchable || d.Sha256 == searchable, ct))
        {
            store.Delete(searchable);
        }
        return TypedResults.Ok(new PurgeResponse(id, deleted, entries.Count));
    }
}
