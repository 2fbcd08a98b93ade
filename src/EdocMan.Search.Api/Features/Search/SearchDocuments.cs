using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Search;

public sealed record SearchResponse(string Query, long Total, int Page, int PageSize, IReadOnlyList<SearchHitResponse> Hits);

public sealed record SearchHitResponse(
    Guid Id, string Agency, string Register, string Title, string? Number, string? DocumentType,
    DateOnly? DocumentDate, float Score, IReadOnlyList<Snippet> Snippets, string Url);

internal static class SearchDocuments
{
    public const int MaxQueryLength = 2000;
    public const int MaxPageSize = 100;

    public static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> HandleAsync(
        string? q, int? page, int? pageSize, HttpContext http, ISearchIndex index, EdocManDbContext db, CancellationToken ct)
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

        var results = index.Search(new SearchQuery(q, await VisibleAgenciesAsync(http, db, ct), page ?? 1, pageSize ?? 10));
        var hits = results.Hits
            .Select(h => new SearchHitResponse(h.Id, h.AgencyCode, h.Register.ToString(), h.Title, h.Number, h.DocumentType,
                h.DocumentDate, h.Score, h.Snippets, $"/{h.AgencyCode}/api/documents/{h.Id}"))
            .ToList();
        return TypedResults.Ok(new SearchResponse(q, results.Total, results.Page, results.PageSize, hits));
    }

    /// <summary>
    /// The agencies whose documents this user may find. For now an official sees their own agency's
    /// documents and the province's system admin sees all; sharing across agencies comes with the
    /// permissions model.
    /// </summary>
    private static async Task<IReadOnlyCollection<string>> VisibleAgenciesAsync(HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User)!;
        return user.IsSystemAdmin
            ? await db.Agencies.AsNoTracking().Select(a => a.Code).ToListAsync(ct)
            : [http.Agency().Code];
    }
}
