using EdocMan.Search.Api.Features.Handling;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EdocMan.Search.Api.Web.Handling;

/// <summary>What the handling panel of the document page shows.</summary>
public sealed record HandlingPanel(string AgencyCode, HandlingSlipResponse Slip, IReadOnlyList<UnitResponse> Units, string? Message, string? Error)
{
    public bool HasLead => Slip.Assignments.Any(a => a.ParentId is null && a.Role == "Lead" && a.Status != "Withdrawn");
}

/// <summary>
/// The document page's "Xử lý văn bản đến" panel: the handling slip, the leader's assignment form and
/// each handler's progress and done forms. Rendered only for a document in the agency's incoming
/// register that the user may see — the API's own handler decides, so the panel shows what the API allows.
/// Its forms post to <c>/{agency}/van-ban/{id}/xu-ly</c>, which redirects back here.
/// </summary>
public sealed class HandlingPanelViewComponent(EdocManDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid documentId)
    {
        var result = await GetHandlingSlip.HandleAsync(documentId, HttpContext, db, HttpContext.RequestAborted);
        if (result.Result is not Ok<HandlingSlipResponse> { Value: { } slip })
        {
            return Content(string.Empty);
        }
        var units = (await ListUnits.HandleAsync(HttpContext, db, HttpContext.RequestAborted)).Value ?? [];
        var agency = Auth.AgencyHttpContextExtensions.Agency(HttpContext).Code;
        return View("~/Web/Pages/Workspace/_HandlingPanel.cshtml", new HandlingPanel(agency, slip, units,
            TempData["HandlingMessage"] as string, TempData["HandlingError"] as string));
    }
}
