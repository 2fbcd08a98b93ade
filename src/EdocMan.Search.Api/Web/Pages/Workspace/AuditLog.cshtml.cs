using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Features.Administration;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EdocMan.Search.Api.Web.Pages.Workspace;

/// <summary>
/// Nhật ký hệ thống: the audit log for administrators, filtered by action, account and a range of days, through
/// the API's own handler (which limits an agency admin to their agency). The system admin reads this agency's
/// log by default and may widen it to every agency.
/// </summary>
public sealed class AuditLogModel(EdocManDbContext db) : AgencyPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "hanhdong")]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "taikhoan")]
    public string? Account { get; set; }

    [BindProperty(SupportsGet = true, Name = "tungay")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "denngay")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "tatca")]
    public bool AllAgencies { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntryResponse> Entries { get; private set; } = [];

    public bool IsSystemAdmin { get; private set; }

    public string? Refused { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        IsSystemAdmin = CurrentUser.From(User)!.IsSystemAdmin;
        PageNumber = Math.Max(1, PageNumber);
        var agency = IsSystemAdmin && !AllAgencies ? Agency.Code : null;
        var result = await GetAuditLog.HandleAsync(Empty(Action), null, PageNumber, PageSize, HttpContext, db, ct,
            Empty(Account), Empty(From), Empty(To), agency);
        switch (result.Result)
        {
            case Ok<AuditPageResponse> { Value: { } page }:
                Entries = page.Entries;
                break;
            case ProblemHttpResult { ProblemDetails: { Status: 403 } refused }:
                Refused = refused.Detail;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                break;
            case ProblemHttpResult problem:
                Error = problem.ProblemDetails.Detail;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
        }
    }

    /// <summary>This page's address with the same filters on another page of results.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["hanhdong"] = Empty(Action), ["taikhoan"] = Empty(Account), ["tungay"] = Empty(From), ["denngay"] = Empty(To),
            ["tatca"] = AllAgencies ? "true" : null, ["trang"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"/{Agency.Code}/quan-tri/nhat-ky",
            query.Where(q => q.Value is not null)!);
    }

    /// <summary>The time of an entry in Vietnam, as officials read it.</summary>
    public static string Show(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm:ss");

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
