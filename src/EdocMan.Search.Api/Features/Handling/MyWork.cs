using EdocMan.Search.Api.Auth;
using EdocMan.Search.Core.Handling;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Handling;

/// <summary>
/// <c>GET /{agency}/api/handling/my-work</c>: the signed-in official's assignments, and their unit's when
/// they head it — open work first, urgent documents first, then the nearest deadline.
/// </summary>
internal static class MyWork
{
    public static async Task<Ok<MyWorkResponse>> HandleAsync(
        bool? open, HttpContext http, EdocManDbContext db, TimeProvider time, IConfiguration configuration, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User)!;
        var agency = http.Agency();
        var today = HandlingAccess.Today(time);
        var headed = await HandlingAccess.HeadedUnitsAsync(http, db, ct);
        var query = db.HandlingAssignments.AsNoTracking()
            .Where(a => a.AgencyId == agency.Id && a.Status != AssignmentStatus.Withdrawn)
            .Where(a => a.AccountId == user.AccountId || (a.UnitId != null && headed.Contains(a.UnitId.Value)));
        if (open == true)
        {
            query = query.Where(a => a.Status == AssignmentStatus.Assigned || a.Status == AssignmentStatus.InProgress);
        }
        var assignments = await query.ToListAsync(ct);
        var documentIds = assignments.Select(a => a.DocumentId).Distinct().ToList();
        var entries = (await db.RegisterEntries.AsNoTracking()
                .Where(e => e.AgencyId == agency.Id && e.Kind == Core.Documents.RegisterKind.Incoming && documentIds.Contains(e.DocumentId))
                .ToListAsync(ct))
            .GroupBy(e => e.DocumentId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Id).First());
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.AgencyId == agency.Id).ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        var settings = TrackerSettings.From(configuration);

        var items = assignments.Where(a => entries.ContainsKey(a.DocumentId)).Select(a =>
        {
            var e = entries[a.DocumentId];
            var bucket = HandlingTracker.Classify(a.Deadline, a.CompletedAt is { } c ? HandlingTracker.VietnamDay(c) : null, today,
                settings.DueSoonWorkingDays, settings.Calendar);
            return (Item: new WorkItemResponse(
                a.Id, a.DocumentId, $"/{agency.Code}/van-ban/{a.DocumentId}", e.Number, e.NumberSymbol, e.Summary,
                e.Urgency.ToString(), UrgencyLabels.Of(e.Urgency), a.Role.ToString(), HandlingProgress.Label(a.Role),
                a.UnitId is { } u ? units.GetValueOrDefault(u) : null, a.Deadline,
                a.Status.ToString(), HandlingProgress.Label(a.Status), bucket.ToString(), TrackerBuckets.Label(bucket), a.Instruction),
                a.Status, e.Urgency, a.AssignedAt);
        });
        // Open work first; within each part, the tracker's urgency-then-deadline order.
        var ordered = items.GroupBy(i => i.Status == AssignmentStatus.Done).OrderBy(g => g.Key)
            .SelectMany(g => HandlingTracker.InUrgencyOrder(g, i => i.Urgency, i => i.Item.Deadline, i => i.AssignedAt))
            .Select(i => i.Item).ToList();
        return TypedResults.Ok(new MyWorkResponse(today, ordered));
    }
}
