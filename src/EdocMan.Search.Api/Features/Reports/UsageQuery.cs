using EdocMan.Search.Core.Audit;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Handling;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Core.Reports;
using EdocMan.Search.Data;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Reports;

/// <summary>
/// Counts a period's usage figures per agency from the records the system already keeps: register lines,
/// handling assignments, extracted pages, search history and the audit log's logins.
/// </summary>
/// <remarks>
/// Implementation note: every count is a grouped query per agency, so the province-wide report costs the
/// same eight queries as one agency's. Only handling is classified in memory, by the pure
/// <see cref="HandlingClassifier"/>, on the few lead assignments open during the period.
/// </remarks>
internal static class UsageQuery
{
    /// <param name="agencyIds">The agencies to count; each gets a row, zero when it did nothing.</param>
    public static async Task<Dictionary<int, UsageFigures>> CountAsync(
        EdocManDbContext db, IReadOnlyCollection<int> agencyIds, ReportPeriod period, CancellationToken ct)
    {
        var (first, last, start, end) = (period.FirstDay, period.LastDay, period.Start, period.End);
        var ids = agencyIds.ToArray();

        var registered = await db.RegisterEntries.AsNoTracking()
            .Where(e => ids.Contains(e.AgencyId) && e.RegisteredOn >= first && e.RegisteredOn <= last)
            .GroupBy(e => new { e.AgencyId, e.Kind, e.Arrival })
            .Select(g => new { g.Key.AgencyId, g.Key.Kind, g.Key.Arrival, Count = g.Count() })
            .ToListAsync(ct);

        // Lead assignments of the leader's slip (not a unit head's re-assignment), open at some time in the period.
        var handling = await db.HandlingAssignments.AsNoTracking()
            .Where(a => ids.Contains(a.AgencyId) && a.Role == HandlingRole.Lead && a.ParentId == null
                        && a.Status != AssignmentStatus.Withdrawn && a.AssignedAt < end
                        && (a.CompletedAt == null || a.CompletedAt >= start))
            .Select(a => new { a.AgencyId, a.AssignedAt, a.CompletedAt, a.Deadline, a.Status })
            .ToListAsync(ct);

        var ocrPages = await db.DocumentPages.AsNoTracking()
            .Where(p => p.Source == TextSource.Ocr)
            .Join(db.Documents, p => p.DocumentId, d => d.Id, (p, d) => new { d.AgencyId, d.CreatedAt })
            .Where(x => ids.Contains(x.AgencyId) && x.CreatedAt >= start && x.CreatedAt < end)
            .GroupBy(x => x.AgencyId)
            .Select(g => new { AgencyId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.AgencyId, x => x.Count, ct);

        var searches = await db.SearchHistory.AsNoTracking()
            .Where(s => ids.Contains(s.AgencyId) && s.At >= start && s.At < end)
            .GroupBy(s => s.AgencyId)
            .Select(g => new { AgencyId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.AgencyId, x => x.Count, ct);

        // An account counts for the agency it belongs to, whichever agency's pages it then opened.
        var active = await db.AuditLog.AsNoTracking()
            .Where(e => e.Action == AuditActions.Login && e.AccountId != null && e.At >= start && e.At < end)
            .Join(db.Accounts, e => e.AccountId, a => (int?)a.Id, (e, a) => new { a.AgencyId, AccountId = a.Id })
            .Where(x => ids.Contains(x.AgencyId))
            .Distinct()
            .GroupBy(x => x.AgencyId)
            .Select(g => new { AgencyId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.AgencyId, x => x.Count, ct);

        var result = new Dictionary<int, UsageFigures>();
        foreach (var id in ids)
        {
            var lines = registered.Where(r => r.AgencyId == id).ToList();
            int Registered(RegisterKind kind) => lines.Where(r => r.Kind == kind).Sum(r => r.Count);
            int Arrived(ArrivalChannel channel) => lines.Where(r => r.Kind == RegisterKind.Incoming && r.Arrival == channel).Sum(r => r.Count);
            var outcomes = handling.Where(a => a.AgencyId == id)
                .Select(a => HandlingClassifier.Classify(period, a.AssignedAt,
                    a.Status == AssignmentStatus.Done ? a.CompletedAt ?? a.AssignedAt : null, a.Deadline))
                .ToList();
            result[id] = new UsageFigures(
                Registered(RegisterKind.Incoming), Registered(RegisterKind.Outgoing), Registered(RegisterKind.Internal),
                Arrived(ArrivalChannel.Electronic), Arrived(ArrivalChannel.Paper),
                outcomes.Count(o => o == HandlingOutcome.OnTime), outcomes.Count(o => o == HandlingOutcome.Late),
                outcomes.Count(o => o == HandlingOutcome.Pending),
                ocrPages.GetValueOrDefault(id), searches.GetValueOrDefault(id), active.GetValueOrDefault(id));
        }
        return result;
    }
}
