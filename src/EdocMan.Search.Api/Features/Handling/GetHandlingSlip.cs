using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Handling;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Handling;

/// <summary>
/// <c>GET /{agency}/api/handling/{documentId}</c>: the handling slip (phiếu giải quyết văn bản đến) of a
/// registered incoming document — every assignment with its notes, withdrawn ones kept for the record —
/// for whoever may see the document, with what the reader may do on each line.
/// </summary>
internal static class GetHandlingSlip
{
    public static async Task<Results<Ok<HandlingSlipResponse>, ProblemHttpResult>> HandleAsync(
        Guid documentId, HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var entry = await HandlingAccess.FindIncomingAsync(http, db, documentId, ct);
        return entry is null ? Problems.Of(404, HandlingAccess.NotFoundDetail) : TypedResults.Ok(await BuildAsync(http, db, entry, ct));
    }

    public static async Task<HandlingSlipResponse> BuildAsync(HttpContext http, EdocManDbContext db, RegisterEntry entry, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User)!;
        var assignments = await db.HandlingAssignments.AsNoTracking()
            .Where(a => a.DocumentId == entry.DocumentId && a.AgencyId == entry.AgencyId)
            .OrderBy(a => a.Id).ToListAsync(ct);
        var ids = assignments.Select(a => a.Id).ToList();
        var notes = (await db.HandlingNotes.AsNoTracking().Where(n => ids.Contains(n.AssignmentId)).OrderBy(n => n.At).ToListAsync(ct))
            .ToLookup(n => n.AssignmentId);
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.AgencyId == entry.AgencyId).ToDictionaryAsync(u => u.Id, ct);
        var accountIds = assignments.SelectMany(a => new[] { a.AccountId ?? 0, a.AssignedBy })
            .Concat(notes.SelectMany(g => g).Select(n => n.AccountId)).Distinct().ToList();
        var people = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => (a.Username, a.FullName), ct);
        var headed = units.Values.Where(u => u.HeadAccountId == user.AccountId && user.AgencyId == entry.AgencyId).Select(u => u.Id).ToList();
        var canAssign = HandlingAccess.CanAssign(http);
        var byId = assignments.ToDictionary(a => a.Id);

        // Parents first, each followed by the people its unit head handed it to.
        var ordered = assignments.Where(a => a.ParentId is null)
            .OrderBy(a => a.Role).ThenBy(a => a.Id)
            .SelectMany(a => assignments.Where(c => c.ParentId == a.Id).Prepend(a));
        var lines = ordered.Select(a =>
        {
            var unit = a.UnitId is { } u ? units.GetValueOrDefault(u) : null;
            var person = a.AccountId is { } p ? people.GetValueOrDefault(p) : default;
            var open = a.Status is AssignmentStatus.Assigned or AssignmentStatus.InProgress;
            var parent = a.ParentId is { } pid ? byId.GetValueOrDefault(pid) : null;
            return new AssignmentResponse(
                a.Id, a.ParentId, a.DocumentId, a.Role.ToString(), HandlingProgress.Label(a.Role),
                unit?.Code, unit?.Name, person.Username, person.FullName, a.Deadline,
                a.Status.ToString(), HandlingProgress.Label(a.Status), a.Instruction,
                people.GetValueOrDefault(a.AssignedBy).FullName ?? "", a.AssignedAt, a.StartedAt, a.CompletedAt, a.Result, a.ReplyDocumentId,
                notes[a.Id].Select(n => new NoteResponse(
                    people.GetValueOrDefault(n.AccountId).Username ?? "", people.GetValueOrDefault(n.AccountId).FullName ?? "", n.At, n.Text)).ToList(),
                CanAct: open && HandlingAccess.IsHandler(user, a, headed),
                CanReassign: open && a.UnitId is { } ru && headed.Contains(ru),
                CanWithdraw: open && HandlingAccess.CanWithdraw(http, a, parent, headed));
        }).ToList();
        var status = HandlingProgress.Derive(assignments);
        return new HandlingSlipResponse(
            entry.DocumentId, entry.Number, entry.Year, entry.RegisteredOn, entry.NumberSymbol, entry.Summary,
            entry.Urgency.ToString(), UrgencyLabels.Of(entry.Urgency), status.ToString(), HandlingProgress.Label(status),
            canAssign && status != HandlingStatus.Done, lines);
    }
}
