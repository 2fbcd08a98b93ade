using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.CaseFiles;

/// <summary>
/// Closing a file when the work ends (kết thúc hồ sơ, Decree 30/2020, Art. 29) and reopening it while it is
/// still in the agency. The file's year stays the plan year; the end date may fall in a later year, and archive
/// deadlines count from that later year.
/// </summary>
internal static class CaseFileLifecycle
{
    public static async Task<Results<Ok<CaseFileDetailResponse>, ProblemHttpResult>> CloseAsync(
        int id, CloseCaseFileRequest? request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User)!;
        var (file, problem) = await CaseFileAccess.FindOpenForChangeAsync(db, user, id, f => $"Hồ sơ {f.Code} đã kết thúc trước đó.", ct);
        if (file is null)
        {
            return problem!;
        }
        // The retention is confirmed again at closing (it may be reset after reviewing the documents).
        if (!RetentionPeriod.TryParse(request?.Retention, out var years))
        {
            return Problems.Of(400, "Khi kết thúc hồ sơ, hãy xác nhận thời hạn bảo quản: " + RetentionPeriod.Invalid);
        }
        var today = CaseFileDates.Today(time);
        var end = request!.EndDate ?? today;
        if (end > today || end < file.StartDate)
        {
            return Problems.Of(400, $"Ngày kết thúc phải từ ngày mở hồ sơ ({CaseFileDates.Show(file.StartDate)}) đến hôm nay.");
        }
        var links = await db.CaseFileDocuments.Where(l => l.CaseFileId == id).ToListAsync(ct);
        if (links.Count == 0)
        {
            return Problems.Of(400, $"Hồ sơ {file.Code} chưa có văn bản nào; hãy thêm văn bản trước khi kết thúc.");
        }
        var ids = links.Select(l => l.DocumentId).ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        // Numbered in date order for the mục lục văn bản, as they will be exported and handed over.
        var ordinal = 1;
        foreach (var link in links.Where(l => documents.ContainsKey(l.DocumentId))
                     .OrderBy(l => CaseFileView.DateOrder(documents[l.DocumentId])).ThenBy(l => l.AddedAt).ThenBy(l => l.Id))
        {
            link.Ordinal = ordinal++;
        }
        // Counted over every document of the file, seen by this official or not: the counts describe the file.
        file.DocumentCount = documents.Count;
        file.PageCount = documents.Values.Sum(d => d.PageCount);
        file.RetentionYears = years;
        file.EndDate = end;
        file.Status = CaseFileStatus.Closed;
        file.ClosedAt = time.GetUtcNow();
        file.ClosedBy = user.AccountId;
        AuditTrail.Add(db, time, user, CaseFileAuditActions.Close, null,
            $"kết thúc hồ sơ {file.Code} năm {file.Year}: {file.DocumentCount} văn bản, {file.PageCount} trang, {RetentionPeriod.Text(years)}");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await CaseFileView.DetailAsync(db, file, user, http.Agency().Code, ct));
    }

    public static async Task<Results<Ok<CaseFileDetailResponse>, ProblemHttpResult>> ReopenAsync(
        int id, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User)!;
        var (file, problem) = await CaseFileAccess.FindForChangeAsync(db, user, id, ct);
        if (file is null)
        {
            return problem!;
        }
        if (file.Status != CaseFileStatus.Closed)
        {
            return Problems.Of(409, $"Hồ sơ {file.Code} đang mở.");
        }
        file.Status = CaseFileStatus.Open;
        file.EndDate = null;
        file.DocumentCount = null;
        file.PageCount = null;
        file.ClosedAt = null;
        file.ClosedBy = null;
        AuditTrail.Add(db, time, user, CaseFileAuditActions.Reopen, null, $"mở lại hồ sơ {file.Code} năm {file.Year}");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await CaseFileView.DetailAsync(db, file, user, http.Agency().Code, ct));
    }
}
