using System.Globalization;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Features.Administration;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Api.Features.Registers;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Data;
using EdocMan.Search.Extraction.Pdf;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Web.Pages.Workspace;

/// <summary>
/// One document: its metadata, status, original and extracted text with the searched words marked.
/// Reads through the API's own handlers, so it can show exactly what the API would allow.
/// </summary>
public sealed class DocumentModel(EdocManDbContext db) : AgencyPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public DocumentResponse? Document { get; private set; }

    public IReadOnlyList<PageTextResponse> Pages { get; private set; } = [];

    public string Size => Document is null ? "" :
        (Document.SizeBytes / 1024d).ToString("N0", CultureInfo.GetCultureInfo("vi-VN")) + " KB";

    /// <summary>The register lines that hold this document, in this agency.</summary>
    public IReadOnlyList<RegisterEntry> Entries { get; private set; } = [];

    /// <summary>Whether the user may put the document into a register (văn thư and the like).</summary>
    public bool CanRegister { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Document = ((await GetDocument.HandleAsync(Id, HttpContext, db, ct)).Result as Ok<DocumentResponse>)?.Value;
        if (Document is null)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        Entries = await db.RegisterEntries.AsNoTracking().Where(e => e.DocumentId == Id && e.AgencyId == Agency.Id).ToListAsync(ct);
        var user = CurrentUser.From(User);
        CanRegister = Entries.Count == 0 && Document.Status == "Indexed" && user is not null && user.AgencyId == Agency.Id
                      && RegisterDocument.RegisteringRoles.Any(user.Roles.Contains);
        // GetDocument has checked access and recorded the view: read the pages without doing either twice.
        Pages = await GetDocumentText.PagesAsync(db, Id, ct);
        if (user is not null && user.Roles.Contains(Roles.AgencyAdmin))
        {
            // The administrator's view of who opened, downloaded or changed this document in their agency.
            var log = await GetAuditLog.HandleAsync(null, Id, 1, 50, HttpContext, db, ct);
            AuditTrail = (log.Result as Ok<AuditPageResponse>)?.Value?.Entries;
        }
    }

    /// <summary>The document's audit trail, for the agency's administrator only; null for everyone else.</summary>
    public IReadOnlyList<AuditEntryResponse>? AuditTrail { get; private set; }

    public string Mark(string text) => TextMarker.Mark(text, Q);

    /// <summary>Whether pages have images to show beside their text (PDFs and scans, not Word or text files).</summary>
    public bool HasPageImages => Document is not null && PagePreviewRenderer.CanPreview(Document.ContentType);

    public string PageImageUrl(int page) => $"/{Agency.Code}/api/documents/{Id}/pages/{page}/image";
}
