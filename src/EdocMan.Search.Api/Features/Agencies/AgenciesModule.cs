using Carter;

namespace EdocMan.Search.Api.Features.Agencies;

/// <summary>The province's agencies as reference data.</summary>
public sealed class AgenciesModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var agencies = app.MapGroup("/api/agencies").WithTags("Cơ quan, đơn vị").RequireAuthorization();
        agencies.MapGet("/", AgencyHandlers.ListAsync).WithName("ListAgencies").WithSummary("Các cơ quan, đơn vị trong hệ thống.");
        agencies.MapGet("/{code}/history", AgencyHandlers.HistoryAsync).WithName("AgencyHistory")
            .WithSummary("Các tên và ký hiệu trước đây của đơn vị, có ngày thôi sử dụng.");
        var admin = app.MapGroup("/api/admin/agencies").WithTags("Cơ quan, đơn vị").RequireAuthorization().DisableAntiforgery();
        admin.MapGet("/", AgencyOverview.ListAsync).WithName("ListAgenciesForAdmin")
            .WithSummary("Các đơn vị kèm số phòng, ban, tài khoản và văn bản (quản trị hệ thống).");
        admin.MapPost("/", AgencyHandlers.CreateAsync).WithName("CreateAgency")
            .WithSummary("Thêm đơn vị; mã đường dẫn sinh từ tên theo quy chế (sở: viết tắt; huyện, thành phố: tên đầy đủ không dấu).");
        admin.MapPut("/{code}", AgencyHandlers.UpdateAsync).WithName("UpdateAgency").WithSummary("Sửa tên, ký hiệu, mã định danh, cách đánh số văn bản đi.");
    }
}
