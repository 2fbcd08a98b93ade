using System.Diagnostics;
using System.Globalization;
using EdocMan.Search.Api.Access;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Api.Features.Search.History;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EdocMan.Search.Api.Features.Search;

/// <summary>A page of hits; <paramref name="Facets"/> count all visible hits, <paramref name="DidYouMean"/> is set when nothing was found.</summary>
public sealed record SearchResponse(
    string Query, long Total, int Page, int PageSize, IReadOnlyList<SearchHitResponse> Hits,
    IReadOnlyList<Facet>? Facets = null, string? DidYouMean = null);

public sealed record SearchHitResponse(
    Guid Id, string Agency, string Register, string Title, string? Number, string? DocumentType,
    DateOnly? DocumentDate, float Score, IReadOnlyList<Snippet> Snippets, string Url);

internal static class SearchDocuments
{
    public const int MaxQueryLength = 2000;
    public const int MaxPageSize = 100;

    /// <remarks>The database is not read: the index alone answers, permissions included.</remarks>
    public static Task<Results<Ok<SearchResponse>, ProblemHttpResult>> HandleAsync(
        string? q, int? page, int? pageSize, HttpContext http, ISearchIndex index, SearchHistoryRecorder history, CancellationToken ct,
        string? sort = null, string? from = null, string? to = null, string? type = null) =>
        Task.FromResult(Handle(q, page, pageSize, http, index, sort, from, to, type, history));

    /// <param name="history">Where to note the search for the official's recent searches and the usage
    /// report; null for requests that are not a search of their own (results as you type).</param>
    public static Results<Ok<SearchResponse>, ProblemHttpResult> Handle(
        string? q, int? page, int? pageSize, HttpContext http, ISearchIndex index,
        string? sort = null, string? from = null, string? to = null, string? type = null, SearchHistoryRecorder? history = null)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Problems.Of(400, "Hãy nhập từ khóa hoặc số, ký hiệu văn bản cần tìm.");
        }
        if (q.Length > MaxQueryLength)
        {
            return Problems.Of(400, $"Câu tìm kiếm quá dài ({q.Length} ký tự); tối đa {MaxQueryLength} ký tự.");
        }
        if (page is < 1 || pageSize is < 1 or > MaxPageSize)
        {
            return Problems.Of(400, $"Trang phải từ 1 trở lên và số kết quả mỗi trang từ 1 đến {MaxPageSize}.");
        }
        if (!SearchRefinements.TryRead(sort, from, to, type, out var refinements, out var problem))
        {
            return Problems.Of(400, problem);
        }

        // The permission filter travels inside the query: hits, totals and snippets only ever cover what
        // the user may see (docs/permissions.md).
        var user = CurrentUser.From(http.User)!;
        var started = Stopwatch.GetTimestamp();
        var results = index.Search(refinements.Apply(new SearchQuery(q, DocumentVisibility.TokensOf(user), page ?? 1, pageSize ?? 10)));
        // The index's share of the request, for the browser's network panel and bench-search (W3C Server-Timing).
        http.Response.Headers["Server-Timing"] = string.Create(
            CultureInfo.InvariantCulture, $"search;dur={Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0}");
        // Links stay under the agency the user works in; the document may belong to another agency's register.
        var route = http.Agency().Code;
        var hits = results.Hits.Select(h => ToResponse(h, route)).ToList();
        if (results.Page == 1)
        {
            history?.Record(user.AccountId, user.AgencyId, new SearchLink(q.Trim(), sort, from, to, type), results.Total);
        }
        return TypedResults.Ok(new SearchResponse(q, results.Total, results.Page, results.PageSize, hits, results.Facets, results.DidYouMean));
    }

    /// <summary>A hit as the API shows it, linked under the agency in the route.</summary>
    public static SearchHitResponse ToResponse(SearchHit h, string route) =>
        new(h.Id, h.AgencyCode, h.Register.ToString(), h.Title, h.Number, h.DocumentType,
            h.DocumentDate, h.Score, h.Snippets, $"/{route}/api/documents/{h.Id}");
}
