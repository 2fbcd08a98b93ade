using System.Globalization;
using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Api.Features.Registers;
using EdocMan.Search.Core.Archive;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Data;
using EdocMan.Search.Printing.Tables;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Archive;

/// <summary>
/// Nộp lưu: create a transfer of closed files due for the agency archive, read it, print its list and
/// handover record, and download its package. Every handler is for the archive roles only (<see cref="ArchiveAccess"/>).
/// </summary>
internal static class ArchiveTransfers
{
    private const int MaxFiles = 1000;

    public static async Task<Results<Created<TransferResponse>, ProblemHttpResult>> CreateAsync(
        CreateTransferRequest request, HttpContext http, EdocManDbContext db, IDocumentStore store, TimeProvider time,
        ILoggerFactory loggers, CancellationToken ct)
    {
        if (ArchiveAccess.Denied(http) is { } denied)
        {
            return denied;
        }
        var ids = (request.CaseFileIds ?? []).Distinct().ToList();
        var batch = request.BatchName?.Trim() ?? string.Empty;
        var handedOverBy = request.HandedOverBy?.Trim() ?? string.Empty;
        if (ids.Count == 0)
        {
            return Problems.Of(400, "Hãy chọn ít nhất một hồ sơ để nộp lưu.");
        }
        if (ids.Count > MaxFiles)
        {
            return Problems.Of(400, $"Mỗi đợt nộp lưu có tối đa {MaxFiles} hồ sơ.");
        }
        if (batch.Length is 0 or > 300)
        {
            return Problems.Of(400, "Hãy nhập tên khối tài liệu nộp lưu (tối đa 300 ký tự), ví dụ “Hồ sơ năm 2024 của Văn phòng”.");
        }
        if (handedOverBy.Length is 0 or > 200)
        {
            return Problems.Of(400, "Hãy nhập đơn vị hoặc người giao nộp (bên giao, tối đa 200 ký tự).");
        }
        var agency = http.Agency();
        var user = CurrentUser.From(http.User)!;
        var files = await db.CaseFiles.AsNoTracking().Where(f => ids.Contains(f.Id) && f.AgencyId == agency.Id).ToListAsync(ct);
        if (ids.Where(id => files.All(f => f.Id != id)).Select(id => (int?)id).FirstOrDefault() is { } missing)
        {
            return Problems.Of(404, string.Create(CultureInfo.InvariantCulture, $"Không tìm thấy hồ sơ mã số {missing} trong đơn vị."));
        }
        var today = RegisterRoutes.Today(time);
        foreach (var file in files.OrderBy(f => f.Code, StringComparer.Ordinal))
        {
            if (Refusal(file, today) is { } refusal)
            {
                return refusal;
            }
        }

        var transfer = new ArchiveTransfer { AgencyId = agency.Id, BatchName = batch, HandedOverBy = handedOverBy, ReceivedBy = user.AccountId, CreatedAt = time.GetUtcNow() };
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.ArchiveTransfers.Add(transfer);
            AuditTrail.Add(db, time, user, ArchiveAuditActions.Transfer, null,
                $"nộp lưu “{batch}”: {string.Join(", ", files.Select(f => f.Code))}", agency.Id);
            await db.SaveChangesAsync(ct);
            // Only files still closed move: a file transferred meanwhile by another request stops this one.
            var moved = await db.CaseFiles
                .Where(f => ids.Contains(f.Id) && f.AgencyId == agency.Id && f.Status == CaseFileStatus.Closed)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.Status, CaseFileStatus.Transferred).SetProperty(f => f.ArchiveTransferId, transfer.Id), ct);
            if (moved != ids.Count)
            {
                await transaction.RollbackAsync(ct);
                return Problems.Of(409, "Một số hồ sơ vừa được nộp lưu trong đợt khác. Hãy tải lại danh sách và chọn lại.");
            }
            await transaction.CommitAsync(ct);
        }

        // Built after the commit so the write lock is not held while PDFs are rendered; a package that failed
        // here is built on its first download instead.
        try
        {
            await new TransferPackage(db, store, time).BuildAndStoreAsync(agency, transfer.Id, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            loggers.CreateLogger(typeof(ArchiveTransfers)).LogError(e, "Building the package of transfer {TransferId} failed", transfer.Id);
        }
        var response = await new TransferPackage(db, store, time).LoadAsync(agency, transfer.Id, ct);
        return TypedResults.Created($"/{agency.Code}/api/archive/transfers/{transfer.Id}", response);
    }

    public static async Task<Results<Ok<IReadOnlyList<TransferSummary>>, ProblemHttpResult>> ListAsync(
        HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        if (ArchiveAccess.Denied(http) is { } denied)
        {
            return denied;
        }
        var agencyId = http.Agency().Id;
        var transfers = await db.ArchiveTransfers.AsNoTracking().Where(t => t.AgencyId == agencyId)
            .Select(t => new TransferSummary(t.Id, t.BatchName, t.HandedOverBy, t.CreatedAt,
                db.CaseFiles.Count(f => f.ArchiveTransferId == t.Id), t.PackageSha256))
            .ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<TransferSummary>>(transfers.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).ToList());
    }

    public static async Task<Results<Ok<TransferResponse>, ProblemHttpResult>> GetAsync(
        int id, HttpContext http, EdocManDbContext db, IDocumentStore store, TimeProvider time, CancellationToken ct)
    {
        if (ArchiveAccess.Denied(http) is { } denied)
        {
            return denied;
        }
        var transfer = await new TransferPackage(db, store, time).LoadAsync(http.Agency(), id, ct);
        return transfer is null ? NotFound() : TypedResults.Ok(transfer);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ListPdfAsync(
        int id, HttpContext http, EdocManDbContext db, IDocumentStore store, TimeProvider time, CancellationToken ct)
    {
        if (ArchiveAccess.Denied(http) is { } denied)
        {
            return denied;
        }
        var agency = http.Agency();
        var transfer = await new TransferPackage(db, store, time).LoadAsync(agency, id, ct);
        return transfer is null
            ? NotFound()
            : TypedResults.File(new TablePdfRenderer(time).Render(TransferPrint.List(agency, transfer)), "application/pdf", $"muc-luc-nop-luu-{agency.Code}-{id}.pdf");
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> HandoverPdfAsync(
        int id, HttpContext http, EdocManDbContext db, IDocumentStore store, TimeProvider time, CancellationToken ct)
    {
        if (ArchiveAccess.Denied(http) is { } denied)
        {
            return denied;
        }
        var agency = http.Agency();
        var transfer = await new TransferPackage(db, store, time).LoadAsync(agency, id, ct);
        if (transfer is null)
        {
            return NotFound();
        }
        var pdf = HandoverPdf.Render(agency, transfer, transfer.PackageSha256, time);
        return TypedResults.File(pdf, "application/pdf", $"bien-ban-giao-nhan-{agency.Code}-{id}.pdf");
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> PackageAsync(
        int id, HttpContext http, EdocManDbContext db, IDocumentStore store, TimeProvider time, CancellationToken ct)
    {
        if (ArchiveAccess.Denied(http) is { } denied)
        {
            return denied;
        }
        var agency = http.Agency();
        var package = new TransferPackage(db, store, time);
        var transfer = await package.LoadAsync(agency, id, ct);
        if (transfer is null)
        {
            return NotFound();
        }
        var sha = transfer.PackageSha256 is { } recorded && store.Exists(recorded)
            ? recorded
            : (await package.BuildAndStoreAsync(agency, id, ct)).Sha256;
        http.Response.Headers.ETag = $"\"{sha}\"";
        return TypedResults.File(store.OpenRead(sha), "application/zip", $"goi-nop-luu-{agency.Code}-{id}.zip");
    }

    /// <summary>Why a chosen file cannot go into a transfer today; null when it can.</summary>
    private static ProblemHttpResult? Refusal(CaseFile file, DateOnly today)
    {
        var name = $"Hồ sơ {file.Code} (năm {file.Year})";
        if (file.Status == CaseFileStatus.Transferred)
        {
            return Problems.Of(409, $"{name} đã được nộp lưu trước đó.");
        }
        if (file.Status != CaseFileStatus.Closed || file.EndDate is not { } end)
        {
            return Problems.Of(400, $"{name} chưa đóng: chỉ nộp lưu hồ sơ đã kết thúc công việc.");
        }
        if (file.RetentionYears is <= 0)
        {
            return Problems.Of(400, $"{name} có thời hạn bảo quản không hợp lệ ({file.RetentionYears} năm); hãy sửa thời hạn trước khi nộp lưu.");
        }
        var schedule = RetentionSchedule.Evaluate(end, file.RetentionYears, today);
        return schedule.State switch
        {
            TransferState.NotTransferred => Problems.Of(400,
                $"{name} có thời hạn bảo quản {RetentionSchedule.RetentionLabel(file.RetentionYears)} (dưới 5 năm) nên được giữ tại đơn vị đến khi hết hạn, không nộp lưu."),
            TransferState.NotYetDue => Problems.Of(400,
                $"{name} kết thúc công việc năm {end.Year}; hồ sơ nộp lưu trong năm {end.Year + 1} (chậm nhất ngày {TransferPrint.Day(schedule.Deadline)}), chưa đến hạn."),
            _ => null,
        };
    }

    private static ProblemHttpResult NotFound() => Problems.Of(404, "Không tìm thấy đợt nộp lưu này trong đơn vị.");
}
