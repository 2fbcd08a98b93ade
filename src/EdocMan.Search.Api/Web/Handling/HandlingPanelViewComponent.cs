using EdocMan.Search.Api.Features.Handling;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Web.Handling;

/// <summary>An outgoing document the handler may name as the reply.</summary>
public sealed record ReplyChoice(Guid DocumentId, string Label);

/// <summary>What the handling panel of the document page shows.</summary>
/// <param name="Replies">The agency's latest outgoing documents, to pick the reply from.</param>
public sealed record HandlingPanel(
    string AgencyCode, HandlingSlipResponse Slip, IReadOnlyList<UnitResponse> Units, IReadOnlyList<ReplyChoice> Replies, string? Message, string? Error)
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
    private const int MaxReplies = 50;

    public async Task<IViewComponentResult> InvokeAsync(Guid documentId)
    {
        var result = await GetHandlingSlip.HandleAsync(documentId, HttpContext, db, HttpContext.RequestAborted);
        if (result.Result is not Ok<HandlingSlipResponse> { Value: { } slip })
        {
            return Content(string.Empty);
        }
        var units = (await ListUnits.HandleAsync(HttpContext, db, HttpContext.RequestAborted)).Value ?? [];
        var agency = Auth.AgencyHttpContextExtensions.Agency(HttpContext);
        var replies = slip.Assignments.Any(a => a.CanAct)
            ? (await db.RegisterEntries.AsNoTracking()
                    .Where(e => e.AgencyId == agency.Id && e.Kind == RegisterKind.Outgoing)
                    .OrderByDescending(e => e.Id).Take(MaxReplies)
                    .Select(e => new { e.DocumentId, e.NumberSymbol, e.Summary }).ToListAsync(HttpContext.RequestAborted))
                .Select(e => new ReplyChoice(e.DocumentId, $"{e.NumberSymbol}: {e.Summary}")).ToList()
            : [];
        return View("~/Web/Pages/Workspace/_HandlingPanel.cshtml", new HandlingPanel(agency.Code, slip, units, replies,
            TempData["HandlingMessage"] as string, TempData["HandlingError"] as string));
    }
}
