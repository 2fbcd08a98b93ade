using EdocMan.Search.Api.Features.CaseFiles;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Mvc;
using static EdocMan.Search.Api.Web.Pages.Workspace.CaseFiles.CaseFilePageResults;

namespace EdocMan.Search.Api.Web.Pages.Workspace.CaseFiles;

/// <summary>
/// Hồ sơ công việc: the files the official may see, searched by title, code and document content (with or
/// without diacritics) and filtered by year and status; opening an ad hoc file; and the target of the
/// "Thêm vào hồ sơ" control of the document page. Calls the API's handlers.
/// </summary>
public sealed class CaseFilesModel(EdocManDbContext db, ISearchIndex index, TimeProvider time) : AgencyPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "nam")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "trangthai")]
    public string? Status { get; set; }

    public CaseFileListResponse? Files { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostOpenAsync(string? title, string? retention, string? headingCode, CancellationToken ct)
    {
        var result = (await CaseFileHandlers.OpenAsync(new OpenCaseFileRequest(null, title, retention, headingCode, null, null, null), HttpContext, db, time, ct)).Result;
        if (Value<CaseFileDetailResponse>(result) is { } opened)
        {
            return Redirect($"/{Agency.Code}/ho-so/{opened.File.Id}");
        }
        Error = Problem(result);
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>"Thêm vào hồ sơ" from the document page: adds the document, then shows the file.</summary>
    public async Task<IActionResult> OnPostAddDocumentAsync(int caseFileId, Guid documentId, CancellationToken ct)
    {
        var result = (await CaseFileDocuments.AddAsync(caseFileId, new AddCaseFileDocumentRequest(documentId, null), HttpContext, db, time, ct)).Result;
        if (Problem(result) is { } problem)
        {
            Error = problem;
            await LoadAsync(ct);
            return Page();
        }
        return Redirect($"/{Agency.Code}/ho-so/{caseFileId}?da-them={documentId}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var result = (await CaseFileSearch.HandleAsync(HttpContext, db, index, ct, Q, Year, null, Status, null, null, 1, CaseFileSearch.MaxPageSize)).Result;
        Files = Value<CaseFileListResponse>(result);
        Error ??= Problem(result);
    }
}
