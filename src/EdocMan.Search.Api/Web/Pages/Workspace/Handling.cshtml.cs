using EdocMan.Search.Api.Features.Handling;
using EdocMan.Search.Core.Handling;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EdocMan.Search.Api.Web.Pages.Workspace;

/// <summary>
/// "Xử lý văn bản": the official's own work (việc của tôi) and, for văn thư, lãnh đạo and quản trị đơn vị,
/// the agency's tracker (sổ theo dõi giải quyết văn bản đến) by bucket, urgent documents first.
/// Reads through the API's handlers.
/// </summary>
public sealed class HandlingModel(EdocManDbContext db, TimeProvider time, IConfiguration configuration) : AgencyPageModel
{
    [BindProperty(SupportsGet = true, Name = "nhom")]
    public string? Bucket { get; set; }

    public MyWorkResponse? Work { get; private set; }

    public TrackerResponse? Tracker { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Work = (await MyWork.HandleAsync(null, HttpContext, db, time, configuration, ct)).Value;
        if (HandlingAccess.CanTrack(HttpContext))
        {
            var result = await HandlingTrackerEndpoints.ListAsync(Bucket, null, HttpContext, db, time, configuration, ct);
            Tracker = (result.Result as Ok<TrackerResponse>)?.Value;
            Error = (result.Result as ProblemHttpResult)?.ProblemDetails.Detail;
        }
    }

    public string BucketUrl(string? slug) => $"/{Agency.Code}/xu-ly-van-ban" + (slug is null ? "" : "?nhom=" + slug) + "#theo-doi";

    public bool IsCurrent(string slug) => TrackerBuckets.Parse(Bucket) is { } b && TrackerBuckets.Slug(b) == slug;

    public static string Show(DateOnly? d) => d?.ToString("dd/MM/yyyy") ?? "—";
}
