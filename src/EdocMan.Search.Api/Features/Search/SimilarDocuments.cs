using EdocMan.Search.Api.Access;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EdocMan.Search.Api.Features.Search;

/// <summary>"Văn bản tương tự": the documents whose wording is closest to one the user may see.</summary>
internal static class SimilarDocuments
{
    public const int MaxCount = 50;

    public static Results<Ok<SearchResponse>, ProblemHttpResult> Handle(Guid id, int? count, HttpContext http, ISearchIndex index)
    {
        if (count is < 1 or > MaxCount)
        {
            return Problems.Of(400, $"Số văn bản tương tự phải từ 1 đến {MaxCount}.");
        }
        var user = CurrentUser.From(http.User)!;
        // The same permission filter as search, for the source and for every hit; a document the user
        // may not see answers 404 like a missing one, so ids cannot be probed.
        var results = index.Similar(new SimilarQuery(id, DocumentVisibility.TokensOf(user), count ?? 10));
        if (results is null)
        {
            return Problems.Of(404, "Không tìm thấy văn bản này, hoặc bạn không có quyền xem văn bản này.");
        }
        var route = http.Agency().Code;
        var hits = results.Hits.Select(h => SearchDocuments.ToResponse(h, route)).ToList();
        return TypedResults.Ok(new SearchResponse(string.Empty, results.Total, 1, results.PageSize, hits));
    }
}
