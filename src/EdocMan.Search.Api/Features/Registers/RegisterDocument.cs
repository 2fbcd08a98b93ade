using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Api.Ingestion;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Audit;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using EdocMan.Search.Data.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Registers;

/// <summary>
/// <c>POST /{agency}/api/registers/{kind}/entries</c>: vào sổ. Links an uploaded, extracted document to
/// a new line of the register, takes the next number of the year's series, and for outgoing and internal
/// documents assigns the số, ký hiệu.
/// </summary>
internal static class RegisterDocument
{
    /// <summary>Registering is the văn thư's job; the agency admin may stand in.</summary>
    public static readonly string[] RegisteringRoles = [Roles.Clerk, Roles.AgencyAdmin];

    public static async Task<Results<Created<RegisteredResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string kind, RegisterRequest request, HttpContext http, EdocManDbContext db, ISearchIndex index, TimeProvider time,
        CancellationToken ct)
    {
        if (RegisterRoutes.Parse(kind) is not { } register)
        {
            return Problems.Of(404, RegisterRoutes.UnknownRegister);
        }
        var user = CurrentUser.From(http.User)!;
        var agency = http.Agency();
        if (agency.Id != user.AgencyId || !RegisteringRoles.Any(user.Roles.Contains))
        {
            return Problems.Of(403, "Chỉ văn thư của đơn vị mới được vào sổ văn bản.");
        }
        var type = string.IsNullOrWhiteSpace(request.DocumentType)
            ? null
            : await db.DocumentTypes.AsNoTracking().SingleOrDefaultAsync(t => t.Code == request.DocumentType.Trim(), ct);
        var errors = RegisterRequestValidator.Validate(request, register, type);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, detail: "Thông tin vào sổ chưa hợp lệ.", title: "Yêu cầu không hợp lệ");
        }

        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == request.DocumentId && d.AgencyId == agency.Id, ct);
        if (document is null)
        {
            return Problems.Of(404, "Không tìm thấy văn bản này trong đơn vị; hãy tải tệp lên trước khi vào sổ.");
        }
        if (document.Status == DocumentStatus.Failed)
        {
            var excluded = document.FailureReason is ExcludedContent.SecretRefusal or ExcludedContent.ComplaintRefusal;
            if (excluded)
            {
                AuditTrail.Add(db, time, user, AuditActions.RegisterRefused, document.Id, document.FailureReason);
                await db.SaveChangesAsync(ct);
            }
            return Problems.Of(422, document.FailureReason ?? "Không đọc được tệp nên không vào sổ được.");
        }
        if (document.Status != DocumentStatus.Indexed)
        {
            return Problems.Of(409, "Văn bản đang được trích xuất nội dung; hãy vào sổ sau khi xử lý xong.");
        }
        if (await db.RegisterEntries.AnyAsync(e => e.DocumentId == document.Id, ct))
        {
            return Problems.Of(409, "Văn bản này đã được vào sổ.");
        }

        // A scan was a paper original; anything else reached the agency electronically (seed, Art. 9.5).
        request = request with { Arrival = request.Arrival ?? await ArrivalOfAsync(db, document.Id, ct) };
        RegisterEntry entry;
        try
        {
            entry = await RegisterWriter.WriteAsync(
                db, time, user, agency, document, request, register, type!, RegisterRoutes.Today(time), issuedNumber: null, ct);
        }
        catch (RegisterDayClosedException closed)
        {
            return Problems.Of(409, closed.Message);
        }
        // Number, type and summary are searchable, and the publication default may now apply.
        await IndexEntryBuilder.ReindexAsync(db, index, document.Id, ct);

        var warnings = await DuplicateWarningsAsync(db, entry, ct);
        var url = $"/{agency.Code}/api/registers/{RegisterRoutes.Slug(register)}/entries/{entry.Id}";
        return TypedResults.Created(url, new RegisteredResponse(RegisterEntryResponse.From(entry, agency.Code), warnings));
    }

    /// <summary>Paper when any page's text came from OCR, that is when the clerk uploaded a scan.</summary>
    internal static async Task<ArrivalChannel> ArrivalOfAsync(EdocManDbContext db, Guid documentId, CancellationToken ct) =>
        await db.DocumentPages.AnyAsync(p => p.DocumentId == documentId && p.Source == TextSource.Ocr, ct)
            ? ArrivalChannel.Paper
            : ArrivalChannel.Electronic;

    /// <summary>Decree 30 (Annex VI): warn on the same number and symbol from the same issuer.</summary>
    private static async Task<List<string>> DuplicateWarningsAsync(EdocManDbContext db, RegisterEntry entry, CancellationToken ct)
    {
        if (entry.NumberSymbol is null)
        {
            return [];
        }
        var same = await db.RegisterEntries.AsNoTracking()
            .Where(e => e.Id != entry.Id && e.AgencyId == entry.AgencyId && e.NumberSymbol == entry.NumberSymbol && e.Issuer == entry.Issuer)
            .Select(e => new { e.Kind, e.Year, e.Number })
            .ToListAsync(ct);
        return same.Select(e => $"Có thể trùng: sổ {RegisterRoutes.Slug(e.Kind)} năm {e.Year} số {e.Number:00} cùng số, ký hiệu “{entry.NumberSymbol}” và tác giả.").ToList();
    }
}
