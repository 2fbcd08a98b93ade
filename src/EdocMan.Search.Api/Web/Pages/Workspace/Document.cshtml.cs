using System.Globalization;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

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

    public async Task OnGetAsync(CancellationToken ct)
    {
        Document = ((await GetDocument.HandleAsync(Id, HttpContext, db, ct)).Result as Ok<DocumentResponse>)?.Value;
        if (Document is null)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        Pages = ((await GetDocumentText.HandleAsync(Id, HttpContext, db, ct)).Result as Ok<DocumentTextResponse>)?.Value?.Pages ?? [];
    }

    public string Mark(string text) => TextMarker.Mark(text, Q);
}
