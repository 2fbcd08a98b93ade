using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Audit;
using EdocMan.Search.Core.Handling;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using EdocMan.Search.Data.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Handling;

/// <summary>
/// The handling slip's decisions (Decree 30/2020, Art. 24): the leader assigns a registered incoming
/// document to a lead unit or person and co-handlers, each with a deadline; a unit head re-assigns the
/// unit's part to people of the unit; whoever assigned may withdraw. Each change is audited and gives
/// (or takes back) the right to read the document.
/// </summary>
internal static class AssignDocument
{
    public static async Task<Results<Ok<HandlingSlipResponse>, ValidationProblem, ProblemHttpResult>> AssignAsync(
        Guid documentId, AssignRequest request, HttpContext http, EdocManDbContext db, ISearchIndex index, TimeProvider time, CancellationToken ct)
    {
        var entry = await HandlingAccess.FindIncomingAsync(http, db, documentId, ct);
        if (entry is null)
        {
            return Problems.Of(404, HandlingAccess.NotFoundDetail);
        }
        if (!HandlingAccess.CanAssign(http))
        {
            return Problems.Of(403, "Chỉ lãnh đạo của cơ quan mới được phân công xử lý văn bản đến.");
        }
        var agencyId = http.Agency().Id;
        var existing = await db.HandlingAssignments.AsNoTracking().Where(a => a.DocumentId == documentId && a.AgencyId == agencyId).ToListAsync(ct);
        if (HandlingProgress.Derive(existing) == HandlingStatus.Done)
        {
            return Problems.Of(409, "Văn bản đã được xử lý xong; không phân công thêm.");
        }
        var errors = new Dictionary<string, string[]>();
        var today = HandlingAccess.Today(time);
        var assignees = await AssigneeValidator.ValidateAsync(db, agencyId, request.Assignees, today, errors, ct);
        var hasLead = HandlingProgress.Lead(existing) is not null;
        var leads = assignees.Count(a => a.Role == HandlingRole.Lead);
        if (errors.Count == 0 && hasLead && leads > 0)
        {
            return Problems.Of(409, "Văn bản đã có đơn vị (người) chủ trì; thu hồi phân công đó trước khi giao chủ trì cho nơi khác.");
        }
        if (errors.Count == 0 && !hasLead && leads != 1)
        {
            errors["assignees"] = ["Chọn đúng một đơn vị (người) chủ trì."];
        }
        var already = assignees.Where(a => existing.Any(e => e.ParentId is null && e.Status != AssignmentStatus.Withdrawn
                                                             && e.UnitId == a.Unit?.Id && e.AccountId == a.Account?.Id)).ToList();
        if (already.Count > 0)
        {
            errors["assignees"] = [$"Đã được phân công: {string.Join(", ", already.Select(a => a.Name))}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, detail: AssigneeValidator.Summary(errors), title: Problems.TitleFor(400));
        }

        var user = CurrentUser.From(http.User)!;
        var now = time.GetUtcNow();
        foreach (var a in assignees)
        {
            db.HandlingAssignments.Add(New(agencyId, documentId, null, a, user.AccountId, now));
        }
        AuditTrail.Add(db, time, user, AuditActions.HandlingAssign, documentId,
            $"số đến {entry.Number:00}/{entry.Year}: " + string.Join("; ", assignees.Select(Describe)));
        await db.SaveChangesAsync(ct);
        // Handlers read the document through the access facts (DocumentAccessLoader.LoadHandlersAsync).
        await IndexEntryBuilder.ReindexAsync(db, index, documentId, ct);
        return TypedResults.Ok(await GetHandlingSlip.BuildAsync(http, db, entry, ct));
    }

    public static async Task<Results<Ok<HandlingSlipResponse>, ValidationProblem, ProblemHttpResult>> ReassignAsync(
        long id, AssignRequest request, HttpContext http, EdocManDbContext db, ISearchIndex index, TimeProvider time, CancellationToken ct)
    {
        var (parent, entry, problem) = await HandlingAccess.FindAssignmentAsync(http, db, id, ct);
        if (parent is null)
        {
            return problem!;
        }
        var headed = await HandlingAccess.HeadedUnitsAsync(http, db, ct);
        if (parent.UnitId is not { } unitId || !headed.Contains(unitId))
        {
            return Problems.Of(403, "Chỉ trưởng đơn vị được giao mới được giao lại văn bản cho người trong đơn vị.");
        }
        if (parent.Status is AssignmentStatus.Done or AssignmentStatus.Withdrawn)
        {
            return Problems.Of(409, $"Phân công này {HandlingProgress.Label(parent.Status).ToLowerInvariant()}; không giao lại được.");
        }
        var errors = new Dictionary<string, string[]>();
        var assignees = await AssigneeValidator.ValidateAsync(db, parent.AgencyId, request.Assignees, HandlingAccess.Today(time), errors, ct,
            unitId: unitId, latest: parent.Deadline);
        var children = await db.HandlingAssignments.AsNoTracking().Where(a => a.ParentId == id && a.Status != AssignmentStatus.Withdrawn).ToListAsync(ct);
        var already = assignees.Where(a => children.Any(c => c.AccountId == a.Account!.Id)).ToList();
        if (already.Count > 0)
        {
            errors["assignees"] = [$"Đã được giao: {string.Join(", ", already.Select(a => a.Name))}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, detail: AssigneeValidator.Summary(errors), title: Problems.TitleFor(400));
        }
        var user = CurrentUser.From(http.User)!;
        var now = time.GetUtcNow();
        foreach (var a in assignees)
        {
            // The person handles the unit's part, in the unit's role (chủ trì or phối hợp).
            db.HandlingAssignments.Add(New(parent.AgencyId, parent.DocumentId, parent.Id, a with { Role = parent.Role }, user.AccountId, now));
        }
        AuditTrail.Add(db, time, user, AuditActions.HandlingAssign, parent.DocumentId,
            $"số đến {entry!.Number:00}/{entry.Year}, giao lại phần của đơn vị: " + string.Join("; ", assignees.Select(Describe)));
        await db.SaveChangesAsync(ct);
        // Handlers read the document through the access facts (DocumentAccessLoader.LoadHandlersAsync).
        await IndexEntryBuilder.ReindexAsync(db, index, parent.DocumentId, ct);
        return TypedResults.Ok(await GetHandlingSlip.BuildAsync(http, db, entry, ct));
    }

    public static async Task<Results<Ok<HandlingSlipResponse>, ProblemHttpResult>> WithdrawAsync(
        long id, HttpContext http, EdocManDbContext db, ISearchIndex index, TimeProvider time, CancellationToken ct)
    {
        var (assignment, entry, problem) = await HandlingAccess.FindAssignmentAsync(http, db, id, ct);
        if (assignment is null)
        {
            return problem!;
        }
        var parent = assignment.ParentId is { } p ? await db.HandlingAssignments.AsNoTracking().SingleAsync(a => a.Id == p, ct) : null;
        if (!HandlingAccess.CanWithdraw(http, assignment, parent, await HandlingAccess.HeadedUnitsAsync(http, db, ct)))
        {
            return Problems.Of(403, "Chỉ người đã phân công (lãnh đạo, hoặc trưởng đơn vị với phần giao lại) mới được thu hồi phân công.");
        }
        if (assignment.Status == AssignmentStatus.Withdrawn)
        {
            return Problems.Of(409, "Phân công này đã được thu hồi trước đó.");
        }
        if (assignment.Status == AssignmentStatus.Done)
        {
            return Problems.Of(409, "Phân công này đã xử lý xong; không thu hồi được.");
        }
        // The unit's part goes with the unit: people it was handed to lose it too.
        var withdrawn = await db.HandlingAssignments.Where(a => (a.Id == id || a.ParentId == id) && a.Status != AssignmentStatus.Withdrawn
                                                               && a.Status != AssignmentStatus.Done).ToListAsync(ct);
        foreach (var a in withdrawn)
        {
            a.Status = AssignmentStatus.Withdrawn;
        }
        var user = CurrentUser.From(http.User)!;
        AuditTrail.Add(db, time, user, AuditActions.HandlingWithdraw, assignment.DocumentId,
            $"số đến {entry!.Number:00}/{entry.Year}: thu hồi {withdrawn.Count} phân công (#{string.Join(", #", withdrawn.Select(a => a.Id))})");
        await db.SaveChangesAsync(ct);
        // Handlers read the document through the access facts (DocumentAccessLoader.LoadHandlersAsync).
        await IndexEntryBuilder.ReindexAsync(db, index, assignment.DocumentId, ct);
        return TypedResults.Ok(await GetHandlingSlip.BuildAsync(http, db, entry, ct));
    }

    private static HandlingAssignment New(int agencyId, Guid documentId, long? parentId, ValidAssignee a, int by, DateTimeOffset now) => new()
    {
        AgencyId = agencyId, DocumentId = documentId, ParentId = parentId, Role = a.Role, UnitId = a.Unit?.Id, AccountId = a.Account?.Id,
        Deadline = a.Deadline, Instruction = a.Instruction, Status = AssignmentStatus.Assigned, AssignedBy = by, AssignedAt = now,
    };

    private static string Describe(ValidAssignee a) => $"{HandlingProgress.Label(a.Role)} {a.Name}, hạn {a.Deadline:dd/MM/yyyy}";
}
