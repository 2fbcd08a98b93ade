using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Handling;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Data;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Handling;

/// <summary>
/// The rows of the tracker (sổ theo dõi giải quyết văn bản đến): one per document of the agency's incoming
/// register, with its lead handler's deadline and completion, classified and in leaders' reading order.
/// Shared by the JSON list and the printed PDF so both count the same way.
/// </summary>
internal static class HandlingTrackerQuery
{
    public static async Task<(List<TrackerItemResponse> Items, List<TrackerBucketCount> Counts)> LoadAsync(
        EdocManDbContext db, int agencyId, int? year, TrackerBucket? bucket, DateOnly today, TrackerSettings settings, CancellationToken ct)
    {
        var query = db.RegisterEntries.AsNoTracking().Where(e => e.AgencyId == agencyId && e.Kind == RegisterKind.Incoming);
        if (year is { } y)
        {
            query = query.Where(e => e.Year == y);
        }
        var entries = (await query.ToListAsync(ct)).GroupBy(e => e.DocumentId).Select(g => g.OrderBy(e => e.Id).First()).ToList();
        var ids = entries.Select(e => e.DocumentId).ToList();
        var assignments = new List<HandlingAssignment>();
        foreach (var chunk in ids.Chunk(500))
        {
            assignments.AddRange(await db.HandlingAssignments.AsNoTracking()
                .Where(a => a.AgencyId == agencyId && chunk.Contains(a.DocumentId)).ToListAsync(ct));
        }
        var byDocument = assignments.ToLookup(a => a.DocumentId);
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.AgencyId == agencyId).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var people = await db.Accounts.AsNoTracking().Where(a => a.AgencyId == agencyId).ToDictionaryAsync(a => a.Id, a => a.FullName, ct);

        var rows = entries.Select(e =>
        {
            var own = byDocument[e.DocumentId].ToList();
            var status = HandlingProgress.Derive(own);
            var lead = HandlingProgress.Lead(own);
            DateOnly? completed = status == HandlingStatus.Done && lead?.CompletedAt is { } c ? HandlingTracker.VietnamDay(c) : null;
            var b = HandlingTracker.Classify(lead?.Deadline, completed, today, settings.DueSoonWorkingDays, settings.Calendar);
            var leadName = lead is null ? null
                : lead.UnitId is { } u ? units.GetValueOrDefault(u) : people.GetValueOrDefault(lead.AccountId ?? 0);
            return (Row: new TrackerItemResponse(
                e.DocumentId, e.Number, e.Year, e.RegisteredOn, e.NumberSymbol, e.Issuer, e.Summary,
                e.Urgency.ToString(), UrgencyLabels.Of(e.Urgency), leadName, lead?.Deadline,
                status.ToString(), HandlingProgress.Label(status), completed, b.ToString(), TrackerBuckets.Label(b)),
                Bucket: b, e.Urgency, e.RegisteredAt);
        }).ToList();

        var counts = TrackerBuckets.All.Select(k => new TrackerBucketCount(
            k.ToString(), TrackerBuckets.Slug(k), TrackerBuckets.Label(k), rows.Count(r => r.Bucket == k))).ToList();
        var items = HandlingTracker.InUrgencyOrder(rows.Where(r => bucket is null || r.Bucket == bucket),
                r => r.Urgency, r => r.Row.Deadline, r => r.RegisteredAt)
            .Select(r => r.Row).ToList();
        return (items, counts);
    }
}
