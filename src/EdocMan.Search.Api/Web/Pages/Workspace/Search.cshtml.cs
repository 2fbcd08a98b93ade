using System.Globalization;
using EdocMan.Search.Api.Features.Search;
using EdocMan.Search.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EdocMan.Search.Api.Web.Pages.Workspace;

/// <summary>
/// The search page, rendered on the server; with <c>partial=true</c> only the results, which the page's
/// script fetches as the user types. It runs the API's own handler, so permissions and validation
/// are the same in both.
/// </summary>
public sealed class SearchModel(ISearchIndex index) : AgencyPageModel
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

    public IActionResult OnGet()
    {
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var result = SearchDocuments.Handle(Q, PageNumber ?? 1, PageSize, HttpContext, index, Sort, From, To);
            Results = (result.Result as Ok<SearchResponse>)?.Value;
            Error = (result.Result as ProblemHttpResult)?.ProblemDetails.Detail;
        }
        return Fragment ? Partial("_SearchResults", this) : Page();
    }

    public string RegisterLabel(string register) => Labels.Register(register);

    /// <summary>This search with other values for some parameters, as a link.</summary>
    public string Link(string? q = null, int? page = null)
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(q ?? Q ?? string.Empty) };
        if (page is > 1)
        {
            parts.Add("page=" + page.Value.ToString(CultureInfo.InvariantCulture));
        }
        foreach (var (name, value) in new[] { ("sort", Sort), ("from", From), ("to", To) })
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }
        return "?" + string.Join("&", parts);
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

    public string FacetValueLabel(string facet, string value) => facet == "register" ? RegisterLabel(value) : value;
}
