using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Audit;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Registers;

/// <summary>The columns filled in after registration (transfer, receipt, copies, notes). Null leaves a column as it is.</summary>
public sealed record UpdateEntryRequest(string? ReceivedBy, DateOnly? TransferDate, string? Recipients, string? FileCopyHolder, int? Copies, string? Notes);

/// <summary>A dated correction of a line of a closed day.</summary>
public sealed record AnnotationRequest(string? Text);

/// <summary>An annotation as the API returns it.</summary>
public sealed record AnnotationResponse(long Id, long EntryId, DateTimeOffset At, string Text);

/// <summary>
/// Changes to a register line: edits while its day is open; once the day is closed only dated
/// annotations, so the printed and signed register stays true.
/// </summary>
internal static class CorrectRegisterEntry
{
    public static async Task<Results<Ok<RegisterEntryResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string kind, long id, UpdateEntryRequest request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (entry, problem) = await FindAsync(kind, id, http, db, ct);
        if (entry is null)
        {
            return problem!;
        }
        var errors = new Dictionary<string, string[]>();
        if (request.Copies is < 1 or > 9999)
        {
            errors["copies"] = ["Số lượng bản phải từ 1 đến 9999."];
        }
        foreach (var (field, value, max) in new[] { ("receivedBy", request.ReceivedBy, 200), ("recipients", request.Recipients, 1000),
                     ("fileCopyHolder", request.FileCopyHolder, 200), ("notes", request.Notes, 1000) })
        {
            if (value?.Length > max)
            {
                errors[field] = [$"Dài quá {max} ký tự."];
            }
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, detail: "Thông tin sửa chưa hợp lệ.", title: "Yêu cầu không hợp lệ");
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Checked inside the write transaction: a day closed a moment ago is closed.
        if (await IsClosedAsync(db, entry, ct))
        {
            return Problems.Of(409, new RegisterDayClosedException(entry.RegisteredOn).Message);
        }
        entry.ReceivedBy = request.ReceivedBy ?? entry.ReceivedBy;
        entry.TransferDate = request.TransferDate ?? entry.TransferDate;
        entry.Recipients = request.Recipients ?? entry.Recipients;
        entry.FileCopyHolder = request.FileCopyHolder ?? entry.FileCopyHolder;
        entry.Copies = request.Copies ?? entry.Copies;
        entry.Notes = request.Notes ?? entry.Notes;
        AuditTrail.Add(db, time, CurrentUser.From(http.User), AuditActions.RegisterCorrect, entry.DocumentId, $"sửa dòng số {entry.Number:00}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return TypedResults.Ok(RegisterEntryResponse.From(entry, http.Agency().Code));
    }

    public static async Task<Results<Created<AnnotationResponse>, ValidationProblem, ProblemHttpResult>> AnnotateAsync(
        string kind, long id, AnnotationRequest request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (entry, problem) = await FindAsync(kind, id, http, db, ct);
        if (entry is null)
        {
            return problem!;
        }
        var text = request.Text?.Trim() ?? string.Empty;
        if (text.Length is 0 or > 1000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Hãy nhập nội dung đính chính (tối đa 1000 ký tự)."] },
                detail: "Thiếu nội dung đính chính.", title: "Yêu cầu không hợp lệ");
        }
        var user = CurrentUser.From(http.User);
        var annotation = new RegisterAnnotation { EntryId = entry.Id, At = time.GetUtcNow(), By = user?.AccountId, Text = text };
        db.RegisterAnnotations.Add(annotation);
        AuditTrail.Add(db, time, user, AuditActions.RegisterCorrect, entry.DocumentId, $"đính chính dòng số {entry.Number:00}: {text}");
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"{http.Request.Path}/{annotation.Id}", new AnnotationResponse(annotation.Id, entry.Id, annotation.At, text));
    }

    private static async Task<(RegisterEntry? Entry, ProblemHttpResult? Problem)> FindAsync(
        string kind, long id, HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        if (RegisterRoutes.Parse(kind) is not { } register)
        {
            return (null, Problems.Of(404, RegisterRoutes.UnknownRegister));
        }
        var user = CurrentUser.From(http.User)!;
        var agency = http.Agency();
        if (agency.Id != user.AgencyId || !RegisterDocument.RegisteringRoles.Any(user.Roles.Contains))
        {
            return (null, Problems.Of(403, "Chỉ văn thư của đơn vị mới được sửa hoặc đính chính sổ."));
        }
        var entry = await db.RegisterEntries.SingleOrDefaultAsync(e => e.Id == id && e.AgencyId == agency.Id && e.Kind == register, ct);
        return entry is null ? (null, Problems.Of(404, "Không tìm thấy dòng này trong sổ.")) : (entry, null);
    }

    private static Task<bool> IsClosedAsync(EdocManDbContext db, RegisterEntry e, CancellationToken ct) =>
        db.RegisterDays.AnyAsync(d => d.AgencyId == e.AgencyId && d.Kind == e.Kind && d.Day == e.RegisteredOn, ct);
}
