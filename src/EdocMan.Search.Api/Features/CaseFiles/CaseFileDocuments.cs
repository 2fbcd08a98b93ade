using EdocMan.Search.Api.Access;
using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.CaseFiles;

/// <summary>
/// Collecting documents into an open file. A document is linked, never copied (<see cref="CaseFileDocument"/>),
/// so it may sit in several officials' files; only a document the official may see can be added.
/// </summary>
internal static class CaseFileDocuments
{
    public static async Task<Results<Ok<CaseFileDetailResponse>, ProblemHttpResult>> AddAsync(
        int id, AddCaseFileDocumentRequest? request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User)!;
        var (file, problem) = await CaseFileAccess.FindOpenForChangeAsync(db, user, id, NotOpen, ct);
        if (file is null)
        {
            return problem!;
        }
        if (request is null || request.DocumentId == Guid.Empty)
        {
            return Problems.Of(400, "Hãy chọn văn bản cần thêm vào hồ sơ.");
        }
        if (request.Notes is { Length: > 500 })
        {
            return Problems.Of(400, "Ghi chú tối đa 500 ký tự.");
        }
        if (await DocumentVisibility.FindAsync(db, user, request.DocumentId, ct) is null)
        {
            return Problems.Of(404, "Không tìm thấy văn bản này, hoặc bạn không có quyền xem văn bản này.");
        }
        if (await db.CaseFileDocuments.AnyAsync(l => l.CaseFileId == id && l.DocumentId == request.DocumentId, ct))
        {
            return Problems.Of(409, $"Văn bản đã có trong hồ sơ {file.Code}.");
        }
        var ordinal = await db.CaseFileDocuments.Where(l => l.CaseFileId == id).Select(l => (int?)l.Ordinal).MaxAsync(ct) ?? 0;
        db.CaseFileDocuments.Add(new CaseFileDocument
        {
            CaseFileId = id, DocumentId = request.DocumentId, Ordinal = ordinal + 1, AddedBy = user.AccountId,
            AddedAt = time.GetUtcNow(), Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim(),
        });
        AuditTrail.Add(db, time, user, CaseFileAuditActions.Change, request.DocumentId, $"thêm văn bản vào hồ sơ {file.Code} năm {file.Year}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Problems.Of(409, $"Văn bản đã có trong hồ sơ {file.Code}.");
        }
        return TypedResults.Ok(await CaseFileView.DetailAsync(db, file, user, http.Agency().Code, ct));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        int id, Guid documentId, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User)!;
        var (file, problem) = await CaseFileAccess.FindOpenForChangeAsync(db, user, id, NotOpen, ct);
        if (file is null)
        {
            return problem!;
        }
        var link = await db.CaseFileDocuments.SingleOrDefaultAsync(l => l.CaseFileId == id && l.DocumentId == documentId, ct);
        if (link is null)
        {
            return Problems.Of(404, "Văn bản này không có trong hồ sơ.");
        }
        db.CaseFileDocuments.Remove(link);
        AuditTrail.Add(db, time, user, CaseFileAuditActions.Change, documentId, $"bỏ văn bản khỏi hồ sơ {file.Code} năm {file.Year}");
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>The files holding a document that the user may see (the document page's "Hồ sơ" line).</summary>
    public static async Task<IReadOnlyList<CaseFileResponse>> FilesHoldingAsync(
        EdocManDbContext db, CurrentUser user, Guid documentId, string route, CancellationToken ct)
    {
        var holding = db.CaseFileDocuments.Where(l => l.DocumentId == documentId).Select(l => l.CaseFileId);
        var files = await CaseFileAccess.Visible(db, user).AsNoTracking().Where(f => holding.Contains(f.Id))
            .OrderByDescending(f => f.Year).ThenBy(f => f.Code).ToListAsync(ct);
        return await CaseFileView.ResponsesAsync(db, files, user, route, ct);
    }

    private static string NotOpen(CaseFile file) =>
        $"Hồ sơ {file.Code} đã kết thúc; hãy mở lại hồ sơ trước khi thêm hoặc bỏ văn bản.";
}
