using EdocMan.Search.Core.Handling;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using EdocMan.Search.Data.Indexing;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Handling;

/// <summary>
/// Keeps the document's user grants in step with its handling: whoever answers for an assignment (the
/// person, or the head of the unit) may read the document — an incoming document reaches a specialist
/// only by assignment (docs/permissions.md). Then the index entry is rebuilt, as after a share.
/// </summary>
/// <remarks>
/// Implementation note: the grant is the existing <see cref="GrantKind.User"/> share, so search, direct
/// URLs and the access page need nothing new. A grant made for an assignment carries the assignment's
/// time (<see cref="DocumentGrant.GrantedAt"/> = <see cref="HandlingAssignment.AssignedAt"/>); that is how a
/// withdrawal tells it from a share the clerk made by hand, which it leaves alone. A grant is removed
/// only when no active assignment (done ones included: a handler keeps reading what they handled)
/// still gives the right.
/// </remarks>
internal static class HandlingGrants
{
    public static async Task SyncAsync(EdocManDbContext db, ISearchIndex index, Guid documentId, int grantedBy, CancellationToken ct)
    {
        var assignments = await db.HandlingAssignments.AsNoTracking().Where(a => a.DocumentId == documentId).ToListAsync(ct);
        var unitIds = assignments.Where(a => a.UnitId is not null).Select(a => a.UnitId!.Value).Distinct().ToList();
        var heads = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id) && u.HeadAccountId != null)
            .ToDictionaryAsync(u => u.Id, u => u.HeadAccountId!.Value, ct);
        int? Reader(HandlingAssignment a) => a.AccountId ?? (a.UnitId is { } u ? heads.GetValueOrDefault(u) : null);

        var entitled = assignments.Where(a => a.Status != AssignmentStatus.Withdrawn)
            .Select(a => (Account: Reader(a), a.AssignedAt)).Where(x => x.Account is not null)
            .GroupBy(x => x.Account!.Value).ToDictionary(g => g.Key, g => g.Min(x => x.AssignedAt));
        var grants = await db.DocumentGrants.Where(g => g.DocumentId == documentId && g.Kind == GrantKind.User && g.AccountId != null).ToListAsync(ct);
        var changed = false;
        foreach (var (account, since) in entitled.Where(e => grants.All(g => g.AccountId != e.Key)))
        {
            db.DocumentGrants.Add(new DocumentGrant
            {
                DocumentId = documentId, Kind = GrantKind.User, AccountId = account, GrantedBy = grantedBy, GrantedAt = since,
            });
            changed = true;
        }
        var byAssignment = assignments.Where(a => Reader(a) is not null).Select(a => (Reader(a)!.Value, a.AssignedAt)).ToHashSet();
        foreach (var grant in grants.Where(g => !entitled.ContainsKey(g.AccountId!.Value) && byAssignment.Contains((g.AccountId!.Value, g.GrantedAt))))
        {
            db.DocumentGrants.Remove(grant);
            changed = true;
        }
        if (changed)
        {
            await db.SaveChangesAsync(ct);
            await IndexEntryBuilder.ReindexAsync(db, index, documentId, ct);
        }
    }
}
