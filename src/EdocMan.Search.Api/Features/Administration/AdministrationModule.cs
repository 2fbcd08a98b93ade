using Carter;

namespace EdocMan.Search.Api.Features.Administration;

/// <summary>Administrators' tools that are not under one agency: purge and the audit log.</summary>
public sealed class AdministrationModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin").WithTags("Quản trị").RequireAuthorization();
        group.MapPost("/documents/{id:guid}/purge", PurgeDocument.HandleAsync)
            .WithName("PurgeDocument")
            .WithSummary("Xóa hẳn văn bản không được lưu trong hệ thống khỏi chỉ mục, cơ sở dữ liệu và kho tệp gốc; ghi nhật ký.")
            .DisableAntiforgery();
        group.MapGet("/audit", GetAuditLog.HandleAsync)
            .WithName("GetAuditLog")
            .WithSummary("Nhật ký hệ thống: vào sổ, thay đổi, xem, tải về, phân quyền, đăng nhập.");
    }
}
