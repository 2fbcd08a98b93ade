using System.Text;
using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Core.Archive;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EdocMan.Search.Api.Features.Archive;

/// <summary>
/// <c>GET /{agency}/api/case-files/{id}/export.pdf|xml</c>: a case file as a PDF (document list, then the
/// documents in date order) and as XML with the Annex VI Part II metadata (Decree 30/2020, Art. 29 requires
/// both). Rules of who sees what: <see cref="ArchiveAccess"/>.
/// </summary>
internal static class ExportCaseFile
{
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfAsync(
        int id, HttpContext http, EdocManDbContext db, IDocumentStore store, TimeProvider time, CancellationToken ct)
    {
        var contents = await LoadAsync(id, http, db, ct);
        if (contents is null)
        {
            return ArchiveAccess.FileNotFound();
        }
        var pdf = await new CaseFilePdf(db, store, time).RenderAsync(contents, ct);
        await AuditAsync(http, db, time, contents, "pdf", ct);
        return TypedResults.File(pdf, "application/pdf", $"ho-so-{contents.File.Year}-{contents.File.Code}.pdf");
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> XmlAsync(
        int id, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var contents = await LoadAsync(id, http, db, ct);
        if (contents is null)
        {
            return ArchiveAccess.FileNotFound();
        }
        var xml = Encoding.UTF8.GetBytes(CaseFileMetadataXml.Write(contents.ToMetadata()));
        await AuditAsync(http, db, time, contents, "xml", ct);
        return TypedResults.File(xml, "application/xml; charset=utf-8", $"ho-so-{contents.File.Year}-{contents.File.Code}.xml");
    }

    private static async Task<CaseFileContents?> LoadAsync(int id, HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User)!;
        var agency = http.Agency();
        var access = await ArchiveAccess.FindAsync(db, user, agency, id, ct);
        return access is null ? null : await CaseFileLoader.LoadAsync(db, agency, access.File, access.AllDocuments ? null : user, ct);
    }

    private static async Task AuditAsync(HttpContext http, EdocManDbContext db, TimeProvider time, CaseFileContents contents, string format, CancellationToken ct)
    {
        AuditTrail.Add(db, time, CurrentUser.From(http.User), ArchiveAuditActions.Export, null,
            $"xuất hồ sơ {contents.File.Code} (năm {contents.File.Year}) dạng {format}: {contents.Entries.Count} văn bản", contents.Agency.Id);
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Audit actions of the archive feature.</summary>
internal static class ArchiveAuditActions
{
    public const string Export = "casefile.export";
    public const string Transfer = "archive.transfer";
    public const string Verify = "archive.verify";
}
