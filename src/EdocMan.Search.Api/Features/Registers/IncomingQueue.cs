using EdocMan.Search.Api.Auth;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Registers;

/// <summary>A document another agency of the system sent to this one.</summary>
/// <param name="Received">This agency already holds the same file (uploaded into its own register).</param>
public sealed record QueuedDocumentResponse(
    Guid DocumentId, string FromAgency, string FromAgencyName, string? NumberSymbol, string Title, DateOnly? DocumentDate,
    DateTimeOffset SentAt, bool Received, string DocumentUrl, string OriginalUrl);

/// <summary>
/// <c>GET /{agency}/api/registers/den/queue</c>: văn bản đến qua hệ thống, the outgoing documents of other
/// agencies that name this one among their recipients, newest first; seen by the same people as the
/// incoming register (docs/permissions.md).
/// </summary>
internal static class IncomingQueue
{
    private const int MaxItems = 500;

    public static async Task<Results<Ok<List<QueuedDocumentResponse>>, ProblemHttpResult>> HandleAsync(
        HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        if (DailyRegister.Denied(http) is { } denied)
        {
            return denied;
        }
        var agency = http.Agency();
        var sent = await db.DocumentGrants.AsNoTracking()
            .Where(g => g.Kind == GrantKind.Recipient && g.AgencyId == agency.Id)
            .Join(db.Documents.AsNoTracking(), g => g.DocumentId, d => d.Id, (g, d) => new { g.GrantedAt, Document = d })
            .Join(db.Agencies.AsNoTracking(), x => x.Document.AgencyId, a => a.Id, (x, a) => new { x.GrantedAt, x.Document, a.Code, a.Name })
            .OrderByDescending(x => x.GrantedAt)
            .Take(MaxItems)
            .ToListAsync(ct);
        var hashes = sent.Select(x => x.Document.Sha256).Distinct().ToList();
        var held = (await db.Documents.AsNoTracking().Where(d => d.AgencyId == agency.Id && hashes.Contains(d.Sha256))
            .Select(d => d.Sha256).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var route = $"/{agency.Code}/api/documents/";
        return TypedResults.Ok(sent.Select(x => new QueuedDocumentResponse(
            x.Document.Id, x.Code, x.Name, x.Document.Number, x.Document.Title, x.Document.DocumentDate, x.GrantedAt,
            held.Contains(x.Document.Sha256), route + x.Document.Id, route + x.Document.Id + "/original")).ToList());
    }
}
