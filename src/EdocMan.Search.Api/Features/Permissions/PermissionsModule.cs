using Carter;
using EdocMan.Search.Api.Auth;

namespace EdocMan.Search.Api.Features.Permissions;

/// <summary>Who may see a document beyond its own agency's rules: publication, recipients and shares.</summary>
public sealed class PermissionsModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapAgencyGroup("/documents").WithTags("Phân quyền văn bản");
        group.MapGet("/{id:guid}/access", GetDocumentAccess.HandleAsync)
            .WithName("GetDocumentAccess")
            .WithSummary("Xem văn bản được công bố, gửi và chia sẻ cho ai.");
        group.MapPut("/{id:guid}/access", SetDocumentAccess.HandleAsync)
            .WithName("SetDocumentAccess")
            .WithSummary("Công bố, gửi đến cơ quan nhận hoặc chia sẻ văn bản; chỉ mục tìm kiếm được cập nhật ngay.")
            .DisableAntiforgery();
    }
}
