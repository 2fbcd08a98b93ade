using EdocMan.Search.Api.Auth;
using EdocMan.Search.Core.Audit;
using EdocMan.Search.Data;

namespace EdocMan.Search.Api.Audit;

/// <summary>Adds lines to the audit log; they are saved with the caller's own <c>SaveChanges</c>, in its transaction.</summary>
internal static class AuditTrail
{
    public static void Add(EdocManDbContext db, TimeProvider time, CurrentUser? user, string action, Guid? documentId, string? detail, int? agencyId = null) =>
        db.AuditLog.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            AccountId = user?.AccountId,
            AgencyId = agencyId ?? user?.AgencyId,
            Action = action,
            DocumentId = documentId,
            Detail = detail is { Length: > 1000 } ? detail[..1000] : detail,
        });
}
