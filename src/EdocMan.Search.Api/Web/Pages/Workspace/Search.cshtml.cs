using System.Globalization;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Features.Search;
using EdocMan.Search.Api.Features.Search.History;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Web.Pages.Workspace;

/// <summary>
/// The search page, rendered on the server; with <c>partial=true</c> only the results, which the page's
/// script fetches as the user types. It runs the API's own handler, so permissions and validation
/// are the same in both. Without a query it shows the official's saved and recent searches.
/// </summary>
public sealed class SearchModel(ISearchIndex index, SearchHistoryRecorder history, EdocManDbContext db, TimeProvider time) : AgencyPageModel
{
    public const int PageSize = 10;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>Only the results fragment (for results as you type).</summary>
    [BindProperty(SupportsGet = true, Name = "partial")]
    public bool Fragment { get; set; }

    public SearchResponse? Results { get; private set; }

    public string? Error { get; private set; }

    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    public long PageCount => Results is null ? 0 : Math.Max(1, (Results.Total + PageSize - 1) / PageSize);

    public IReadOnlyList<SavedSearchResponse> Saved { get; private set; } = [];

    public IReadOnlyList<RecentSearchResponse> Recent { get; private set; } = [];

    /// <summary>Display names of agencies and document types for the facets, which hold codes.</summary>
    private Dictionary<string, string> agencyNames = [];

    /// <summary>What happened to the last save, delete or clear, shown once after the redirect.</summary>
    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Q))
        {
            // Results as you type are not searches of their own: only a submitted search is remembered.
            var result = SearchDocuments.Handle(Q, PageNumber ?? 1, PageSize, HttpContext, index, Sort, From, To, history: Fragment ? null : history);
            Results = (result.Result as Ok<SearchResponse>)?.Value;
            Error = (result.Result as ProblemHttpResult)?.ProblemDetails.Detail;
            if (Results is { Total: > 0 })
            {
                agencyNames = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Name, ct);
            }
        }
        if (Fragment)
        {
            return Partial("_SearchResults", this);
        }
        await LoadHistoryAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string? name, CancellationToken ct)
    {
        var result = await SavedSearches.SaveAsync(new SaveSearchRequest(name, Q, Sort, From, To), HttpContext, db, time, ct);
        Notice = result.Result is ProblemHttpResult problem ? problem.ProblemDetails.Detail : $"Đã lưu tìm kiếm “{name?.Trim()}”.";
        return Redirect(Link());
    }

    public async Task<IActionResult> OnPostDeleteSavedAsync(long id, CancellationToken ct)
    {
        var result = await SavedSearches.DeleteAsync(id, HttpContext, db, ct);
        Notice = result.Result is ProblemHttpResult problem ? problem.ProblemDetails.Detail : "Đã xóa tìm kiếm đã lưu.";
        return Redirect($"/{Agency.Code}/tim-kiem");
    }

    public async Task<IActionResult> OnPostClearRecentAsync(CancellationToken ct)
    {
        await RecentSearches.ClearAsync(HttpContext, history, db, ct);
        Notice = "Đã xóa lịch sử tìm kiếm của bạn.";
        return Redirect($"/{Agency.Code}/tim-kiem");
    }

    private async Task LoadHistoryAsync(CancellationToken ct)
    {
        Saved = (await SavedSearches.ListAsync(HttpContext, db, ct)).Value ?? [];
        if (string.IsNullOrWhiteSpace(Q))
        {
            Recent = await RecentSearches.ListForAsync(CurrentUser.From(User)!.AccountId, Agency.Code, RecentSearches.DefaultLimit, history, db, ct);
        }
    }

    public string RegisterLabel(string register) => Labels.Register(register);

    /// <summary>Where the "save this search" form posts: this search, so the handler binds it.</summary>
    public string SaveAction => $"/{Agency.Code}/tim-kiem{Link()}&handler=Save";

    /// <summary>This search with other values for some parameters, as a link.</summary>
    public string Link(string? q = null, int? page = null)
    {
        // The same query string as saved and recent searches (SearchLink), plus the page.
        var query = new SearchLink(q ?? Q ?? string.Empty, Sort, From, To).ToQueryString();
        return page is > 1 ? $"?{query}&page={page.Value.ToString(CultureInfo.InvariantCulture)}" : "?" + query;
    }

    /// <summary>
    /// The query narrowed by a facet value, written as the field filter an official could type
    /// (<c>coquan:gtvt</c>, <c>loai:QĐ</c>, <c>nam:2014</c>, <c>nguoiky:"…"</c>); null for facets without one.
    /// </summary>
    public string? Narrow(string facet, string value)
    {
        var field = facet switch
        {
            "agency" => "coquan",
            "type" => "loai",
            "year" => "nam",
            "signer" => "nguoiky",
            _ => null,
        };
        if (field is null)
        {
            return null;
        }
        var term = value.Contains(' ', StringComparison.Ordinal) ? $"{field}:\"{value}\"" : $"{field}:{value}";
        return (Q ?? string.Empty).Contains(term, StringComparison.Ordinal) ? null : Link($"{Q} {term}".Trim());
    }

    public static string FacetLabel(string facet) => facet switch
    {
        "agency" => "Cơ quan, đơn vị",
        "register" => "Sổ văn bản",
        "type" => "Loại văn bản",
        "year" => "Năm",
        "signer" => "Người ký",
        _ => facet,
    };

    public string AgencyName(string code) => agencyNames.GetValueOrDefault(code, code);

    public string FacetValueLabel(string facet, string value) => facet switch
    {
        "register" => RegisterLabel(value),
        "agency" => agencyNames.GetValueOrDefault(value, value),
        "type" => DocumentTypeCatalog.Decree30.FirstOrDefault(t => t.Code == value)?.Name ?? value,
        _ => value,
    };
}
