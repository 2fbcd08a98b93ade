using EdocMan.Search.Api.Access;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Api.Features.Handling;
using EdocMan.Search.Api.Features.Registers;
using EdocMan.Search.Api.Features.Search.History;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Data;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Web.Pages.Workspace;

/// <summary>
/// An agency's home: a search box, the official's open handling work (overdue and due soon first), today's
/// arrivals, the documents most recently put into its registers and the official's recent searches. Lists show only what the official may open (docs/permissions.md): a
/// chuyên viên does not see the titles of incoming mail that was not assigned or shared to them.
/// </summary>
public sealed class HomeModel(EdocManDbContext db, SearchHistoryRecorder history, TimeProvider time, IConfiguration configuration) : AgencyPageModel
{
    private const int ListSize = 20;

    public IReadOnlyList<Document> Recent { get; private set; } = [];

    public IReadOnlyList<Document> ArrivedToday { get; private set; } = [];

    public IReadOnlyList<RecentSearchResponse> RecentSearches { get; private set; } = [];

    /// <summary>Open assignments of the official (and of the unit they head), in the tracker's order.</summary>
    public IReadOnlyList<WorkItemResponse> OpenWork { get; private set; } = [];

    public int Count(string bucket) => OpenWork.Count(w => w.Bucket == bucket);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = CurrentUser.From(User)!;
        // Read a few times the list size so that what is hidden from this official does not leave it empty.
        var latest = await db.Documents.AsNoTracking().Where(d => d.AgencyId == Agency.Id)
            .OrderByDescending(d => d.CreatedAt).Take(ListSize * 5).ToListAsync(ct);
        Recent = (await DocumentVisibility.VisibleAsync(db, user, latest, ct)).Take(ListSize).ToList();
        var today = RegisterRoutes.Today(time);
        var arrivals = await db.RegisterEntries.AsNoTracking()
            .Where(e => e.AgencyId == Agency.Id && e.Kind == RegisterKind.Incoming && e.RegisteredOn == today)
            .OrderByDescending(e => e.Number)
            .Join(db.Documents.AsNoTracking(), e => e.DocumentId, d => d.Id, (e, d) => d)
            .Take(ListSize * 5).ToListAsync(ct);
        ArrivedToday = (await DocumentVisibility.VisibleAsync(db, user, arrivals, ct)).Take(ListSize).ToList();
        OpenWork = (await MyWork.HandleAsync(open: true, HttpContext, db, time, configuration, ct)).Value?.Items ?? [];
        RecentSearches = await Features.Search.History.RecentSearches.ListForAsync(user.AccountId, Agency.Code, 5, history, db, ct);
    }

    public string StatusLabel(DocumentStatus status) => DocumentResponse.Label(status);

    public string RegisterLabel(RegisterKind register) => Labels.Register(register);
}
