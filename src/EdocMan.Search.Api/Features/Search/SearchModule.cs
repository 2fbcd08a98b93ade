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
            .WithSummary("Tìm văn bản theo nội dung, có hoặc không dấu; lọc theo loại, ngày (loai:, so:, ngay:…); sắp xếp; "
                + "đếm theo cơ quan, sổ, loại, năm, người ký; gợi ý khi không tìm thấy.");
        app.MapAgencyGroup("/documents").WithTags("Tìm kiếm")
            .MapGet("/{id:guid}/similar", SimilarDocuments.Handle)
            .WithName("SimilarDocuments")
            .WithSummary("Văn bản tương tự: các văn bản có nội dung gần nhất mà người dùng được xem.");
    }
}
