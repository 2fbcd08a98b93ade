using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Registers;

/// <summary>
/// <c>GET /{agency}/api/registers/{kind}/proposal/{documentId}</c>: the registration form pre-filled from
/// the upload's metadata and, where that is empty, from what <see cref="MetadataProposer"/> reads in the
/// extracted text (Số: …, the date line, the type line, trích yếu, signer). The confirmation is never
/// pre-ticked: the clerk gives it.
/// </summary>
internal static class ProposeRegistration
{
    public static async Task<Results<Ok<RegisterRequest>, ProblemHttpResult>> HandleAsync(
        string kind, Guid documentId, HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        if (RegisterRoutes.Parse(kind) is not { } register)
        {
            return Problems.Of(404, RegisterRoutes.UnknownRegister);
        }
        var user = CurrentUser.From(http.User)!;
        var agency = http.Agency();
        if (agency.Id != user.AgencyId || !RegisterDocument.RegisteringRoles.Any(user.Roles.Contains))
        {
            return Problems.Of(403, "Chỉ văn thư của đơn vị mới được vào sổ văn bản.");
        }
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.AgencyId == agency.Id, ct);
        if (document is null)
        {
            return Problems.Of(404, "Không tìm thấy văn bản này trong đơn vị.");
        }
        var pages = await db.DocumentPages.AsNoTracking().Where(p => p.DocumentId == documentId).OrderBy(p => p.Number)
            .Select(p => p.Text).ToListAsync(ct);
        var read = MetadataProposer.Propose(pages);
        var wanted = document.DocumentType ?? read.DocumentType;
        var type = wanted is null
            ? null
            : await db.DocumentTypes.AsNoTracking().Where(t => t.Active && (t.Code == wanted || t.Abbreviation == wanted)).FirstOrDefaultAsync(ct);
        // The upload's own metadata wins; the file name is only a stand-in title.
        var summary = document.Title != Path.GetFileNameWithoutExtension(document.FileName) ? document.Title : read.Summary ?? document.Title;
        return TypedResults.Ok(new RegisterRequest(
            document.Id, ConfirmNotExcluded: false, type?.Code, summary,
            register == RegisterKind.Incoming ? document.Number ?? read.Number : null, document.DocumentDate ?? read.Date,
            document.Issuer ?? read.Issuer, document.Signer ?? read.Signer, null, null, null, null, null, null, null, null,
            Arrival: await RegisterDocument.ArrivalOfAsync(db, document.Id, ct)));
    }
}
