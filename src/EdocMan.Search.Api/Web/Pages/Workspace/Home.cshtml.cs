using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Data;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Web.Pages.Workspace;

/// <summary>An agency's home: a search box and the documents most recently put into its registers.</summary>
public sealed class HomeModel(EdocManDbContext db) : AgencyPageModel
{
    public IReadOnlyList<Document> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Recent = await db.Documents.AsNoTracking().Where(d => d.AgencyId == Agency.Id)
                .OrderByDescending(d => d.CreatedAt).Take(20).ToListAsync(ct);
    }

    public string StatusLabel(DocumentStatus status) => DocumentResponse.Label(status);

    public string RegisterLabel(RegisterKind register) => Labels.Register(register);
}
