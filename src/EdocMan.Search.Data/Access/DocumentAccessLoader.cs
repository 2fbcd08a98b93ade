using EdocMan.Search.Core.Handling;
using EdocMan.Search.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Data.Access;

/// <summary>
/// Reads what decides a document's visibility from the database and turns it into access tokens with
/// <see cref="AccessPolicy"/>: the one place the index entries, the rebuilds and the direct URLs get
/// their permissions from, so that search and downloads can never disagree.
/// </summary>
public static class DocumentAccessLoader
{
    /// <summary>The access tokens of each of <paramref name="documentIds"/> that exists.</summary>
    public static async Task<Dictionary<Guid, IReadOnlyCollection<string>>> LoadAccessTokensAsync(
        this EdocManDbContext db, IReadOnlyCollection<Guid> documentIds, CancellationToken ct)
    {
        var facts = await db.LoadAccessFactsAsync(documentIds, ct);
        return facts.ToDictionary(f => f.Key, f => AccessPolicy.ForDocument(f.Value));
    }

    /// <summary>The facts <see cref="AccessPolicy.ForDocument"/> needs, for each document that exists.</summary>
    public static async Task<Dictionary<Guid, DocumentAccessFacts>> LoadAccessFactsAsync(
        this EdocManDbContext db, IReadOnlyCollection<Guid> documentIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var result = new Dictionary<Guid, DocumentAccessFacts>(documentIds.Count);
        if (documentIds.Count == 0)
        {
            return result;
        }
        // Agencies are a few hundred rows at most: one read beats a join per grant.
        var codes = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code, ct);
        foreach (var chunk in documentIds.Distinct().Chunk(500))
        {
            var documents = await db.Documents.AsNoTracking()
                .Where(d => chunk.Contains(d.Id))
                .Select(d => new { d.Id, d.AgencyId, d.Register, d.Published, d.UploadedBy })
                .ToListAsync(ct);
            var grants = (await db.DocumentGrants.AsNoTracking()
                    .Where(g => chunk.Contains(g.DocumentId))
                    .ToListAsync(ct))
                .ToLookup(g => g.DocumentId);
            var handlers = await db.LoadHandlersAsync(chunk, ct);
            foreach (var d in documents)
            {
                var own = grants[d.Id].ToList();
                result[d.Id] = new DocumentAccessFacts(
                    codes[d.AgencyId],
                    d.Register,
                    d.Published,
                    d.UploadedBy,
                    AgencyCodes(own, GrantKind.Recipient, codes),
                    AgencyCodes(own, GrantKind.Agency, codes),
                    own.Where(g => g.Kind == GrantKind.User && g.AccountId is not null).Select(g => g.AccountId!.Value).ToList(),
                    handlers[d.Id].ToList());
            }
        }
        return result;
    }

    /// <summary>
    /// Who answers for each document's handling: the account of every assignment not withdrawn (done ones
    /// too: a handler keeps reading what they handled), or the current head of the unit assigned.
    /// </summary>
    public static async Task<ILookup<Guid, int>> LoadHandlersAsync(this EdocManDbContext db, IReadOnlyCollection<Guid> documentIds, CancellationToken ct)
    {
        var assignments = await db.HandlingAssignments.AsNoTracking()
            .Where(a => documentIds.Contains(a.DocumentId) && a.Status != AssignmentStatus.Withdrawn)
            .Select(a => new { a.DocumentId, a.AccountId, a.UnitId })
            .ToListAsync(ct);
        var unitIds = assignments.Where(a => a.AccountId is null && a.UnitId is not null).Select(a => a.UnitId!.Value).Distinct().ToList();
        var heads = unitIds.Count == 0
            ? []
            : await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id) && u.HeadAccountId != null)
                .ToDictionaryAsync(u => u.Id, u => u.HeadAccountId!.Value, ct);
        return assignments
            .Select(a => (a.DocumentId, Account: a.AccountId ?? (a.UnitId is { } unit && heads.TryGetValue(unit, out var head) ? head : (int?)null)))
            .Where(a => a.Account is not null)
            .Distinct()
            .ToLookup(a => a.DocumentId, a => a.Account!.Value);
    }

    /// <summary>The access tokens of one document, or <c>null</c> when it does not exist.</summary>
    public static async Task<IReadOnlyCollection<string>?> LoadAccessTokensAsync(this EdocManDbContext db, Guid documentId, CancellationToken ct) =>
        (await db.LoadAccessTokensAsync([documentId], ct)).GetValueOrDefault(documentId);

    private static List<string> AgencyCodes(IEnumerable<DocumentGrant> grants, GrantKind kind, Dictionary<int, string> codes) =>
        grants.Where(g => g.Kind == kind && g.AgencyId is not null && codes.ContainsKey(g.AgencyId.Value))
            .Select(g => codes[g.AgencyId!.Value])
            .ToList();
}
