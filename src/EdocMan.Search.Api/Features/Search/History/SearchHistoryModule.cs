using Carter;
using EdocMan.Search.Api.Auth;

namespace EdocMan.Search.Api.Features.Search.History;

/// <summary>The official's saved and recent searches.</summary>
public sealed class SearchHistoryModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapAgencyGroup("/search").WithTags("Tìm kiếm");
        group.MapGet("/recent", RecentSearches.ListAsync).WithName("RecentSearches")
            .WithSummary("Các tìm kiếm gần đây của người dùng, mới nhất trước, mỗi tìm kiếm một lần.");
        group.MapDelete("/recent", RecentSearches.ClearAsync).WithName("ClearRecentSearches")
            .WithSummary("Xóa lịch sử tìm kiếm của người dùng (số lượt tìm kiếm vẫn được thống kê).");
        group.MapGet("/saved", SavedSearches.ListAsync).WithName("SavedSearches")
            .WithSummary("Các tìm kiếm đã lưu của người dùng.");
        group.MapPost("/saved", SavedSearches.SaveAsync).WithName("SaveSearch")
            .WithSummary("Lưu một tìm kiếm (từ khóa, lọc, sắp xếp) dưới một tên để chạy lại.");
        group.MapDelete("/saved/{id:long}", SavedSearches.DeleteAsync).WithName("DeleteSavedSearch")
            .WithSummary("Xóa một tìm kiếm đã lưu.");
    }
}
