using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Audit;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Handling;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Handling;

/// <summary>
/// What handlers record on their assignment: progress notes (the handling history), starting the work,
/// and finishing it with a result and, when there is one, the reply document.
/// </summary>
internal static class RecordProgress
{
    public const int MaxText = 4000;

    public static async Task<Results<Ok<HandlingSlipResponse>, ProblemHttpResult>> NoteAsync(
        long id, NoteRequest request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (assignment, entry, problem) = await FindOwnOpenAsync(http, db, id, ct);
        if (assignment is null)
        {
            return problem!;
        }
        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Problems.Of(400, "Nhập nội dung ý kiến, tiến độ xử lý.");
        }
        if (text.Length > MaxText)
        {
            return Problems.Of(400, $"Ý kiến xử lý tối đa {MaxText} ký tự.");
        }
        var user = CurrentUser.From(http.User)!;
        db.HandlingNotes.Add(new HandlingNote { AssignmentId = id, AccountId = user.AccountId, At = time.GetUtcNow(), Text = text });
        await MarkStartedAsync(db, assignment, time);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await GetHandlingSlip.BuildAsync(http, db, entry!, ct));
    }

    public static async Task<Results<Ok<HandlingSlipResponse>, ProblemHttpResult>> StartAsync(
        long id, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (assignment, entry, problem) = await FindOwnOpenAsync(http, db, id, ct);
        if (assignment is null)
        {
            return problem!;
        }
        await MarkStartedAsync(db, assignment, time);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await GetHandlingSlip.BuildAsync(http, db, entry!, ct));
    }

    public static async Task<Results<Ok<HandlingSlipResponse>, ProblemHttpResult>> DoneAsync(
        long id, DoneRequest request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (assignment, entry, problem) = await FindOwnOpenAsync(http, db, id, ct);
        if (assignment is null)
        {
            return problem!;
        }
        var result = request.Result?.Trim();
        if (string.IsNullOrEmpty(result))
        {
            return Problems.Of(400, "Nhập kết quả xử lý.");
        }
        if (result.Length > MaxText)
        {
            return Problems.Of(400, $"Kết quả xử lý tối đa {MaxText} ký tự.");
        }
        if (request.ReplyDocumentId is { } replyId)
        {
            var agencyId = http.Agency().Id;
            var isOutgoing = await db.Documents.AnyAsync(d => d.Id == replyId && d.AgencyId == agencyId && d.Register == RegisterKind.Outgoing, ct);
            if (!isOutgoing)
            {
                return Problems.Of(400, "Văn bản trả lời phải là một văn bản đi của cơ quan.");
            }
        }
        var open = await db.HandlingAssignments.CountAsync(a => a.ParentId == id && (a.Status == AssignmentStatus.Assigned || a.Status == AssignmentStatus.InProgress), ct);
        var now = time.GetUtcNow();
        await MarkStartedAsync(db, assignment, time);
        assignment.Status = AssignmentStatus.Done;
        assignment.CompletedAt = now;
        assignment.Result = result;
        assignment.ReplyDocumentId = request.ReplyDocumentId;
        var user = CurrentUser.From(http.User)!;
        var late = assignment.Deadline is { } d && HandlingTracker.VietnamDay(now) > d ? " (trễ hạn)" : string.Empty;
        AuditTrail.Add(db, time, user, AuditActions.HandlingDone, assignment.DocumentId,
            $"số đến {entry!.Number:00}/{entry.Year}: hoàn thành phân công #{id}{late}" + (open > 0 ? $"; {open} người trong đơn vị chưa xong" : string.Empty));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await GetHandlingSlip.BuildAsync(http, db, entry, ct));
    }

    /// <summary>Starting a person's part also starts the unit's part it belongs to: the unit is at work.</summary>
    private static async Task MarkStartedAsync(EdocManDbContext db, HandlingAssignment assignment, TimeProvider time)
    {
        var now = time.GetUtcNow();
        if (assignment.Status == AssignmentStatus.Assigned)
        {
            assignment.Status = AssignmentStatus.InProgress;
            assignment.StartedAt = now;
        }
        if (assignment.ParentId is { } parentId && await db.HandlingAssignments.FindAsync(parentId) is { Status: AssignmentStatus.Assigned } parent)
        {
            parent.Status = AssignmentStatus.InProgress;
            parent.StartedAt = now;
        }
    }

    private static async Task<(HandlingAssignment? Assignment, Core.Registers.RegisterEntry? Entry, ProblemHttpResult? Problem)> FindOwnOpenAsync(
        HttpContext http, EdocManDbContext db, long id, CancellationToken ct)
    {
        var (assignment, entry, problem) = await HandlingAccess.FindAssignmentAsync(http, db, id, ct);
        if (assignment is null)
        {
            return (null, null, problem);
        }
        var user = CurrentUser.From(http.User)!;
        if (!HandlingAccess.IsHandler(user, assignment, await HandlingAccess.HeadedUnitsAsync(http, db, ct)))
        {
            return (null, null, Problems.Of(403, "Chỉ người (hoặc trưởng đơn vị) được phân công mới cập nhật được tiến độ xử lý."));
        }
        if (assignment.Status is AssignmentStatus.Done or AssignmentStatus.Withdrawn)
        {
            return (null, null, Problems.Of(409, $"Phân công này {HandlingProgress.Label(assignment.Status).ToLowerInvariant()}; không cập nhật được nữa."));
        }
        return (assignment, entry, null);
    }
}
