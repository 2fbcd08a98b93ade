using Carter;
using EdocMan.Search.Api.Auth;

namespace EdocMan.Search.Api.Features.Search;

/// <summary>Full-text search over the documents the signed-in official may see.</summary>
public sealed class SearchModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapAgencyGroup("/search").WithTags("Tìm kiếm")
            .MapGet("/", SearchDocuments.HandleAsync)
            .WithName("SearchDocuments")
            .WithSummary("Tìm văn bản theo nội dung, có hoặc không dấu; trả về đoạn trích có đánh dấu từ khớp.");
    }
}
