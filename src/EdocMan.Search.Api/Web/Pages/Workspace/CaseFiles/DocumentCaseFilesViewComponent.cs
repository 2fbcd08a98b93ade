using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Features.CaseFiles;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Web.Pages.Workspace.CaseFiles;

/// <summary>What the document page shows about case files: the files holding it, and where it can be added.</summary>
public sealed record DocumentCaseFilesView(string AgencyCode, Guid DocumentId, IReadOnlyList<CaseFileResponse> Holding, IReadOnlyList<CaseFileResponse> Open);

/// <summary>
/// The "Hồ sơ" block of the document page: the case files holding the document that the official may see,
/// and a "Thêm vào hồ sơ" control listing the open files they may change. A view component, so the document
/// page only names it.
/// </summary>
public sealed class DocumentCaseFilesViewComponent(EdocManDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid documentId)
    {
        var ct = HttpContext.RequestAborted;
        var user = CurrentUser.From(HttpContext.User)!;
        var route = HttpContext.Agency().Code;
        var holding = await CaseFileDocuments.FilesHoldingAsync(db, user, documentId, route, ct);
        var inFiles = holding.Select(f => f.Id).ToList();
        var open = await CaseFileAccess.Visible(db, user).AsNoTracking()
            .Where(f => f.Status == CaseFileStatus.Open && f.AgencyId == user.AgencyId && !inFiles.Contains(f.Id))
            .OrderByDescending(f => f.Year).ThenBy(f => f.Code).Take(200).ToListAsync(ct);
        var writable = (await CaseFileView.ResponsesAsync(db, open, user, route, ct)).Where(f => f.CanChange).ToList();
        return View(new DocumentCaseFilesView(route, documentId, holding, writable));
    }
}
