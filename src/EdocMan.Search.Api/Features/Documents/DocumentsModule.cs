using Carter;
using EdocMan.Search.Api.Auth;

namespace EdocMan.Search.Api.Features.Documents;

/// <summary>Upload a document into an agency's register, read its status, download its original or the searchable PDF of a scan.</summary>
public sealed class DocumentsModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapAgencyGroup("/documents").WithTags("Văn bản");
        group.MapPost("/", UploadDocument.HandleAsync)
            .WithName("UploadDocument")
            .WithSummary("Tải lên một văn bản; trả về 202 và địa chỉ theo dõi trạng thái.")
            .DisableAntiforgery();
        group.MapGet("/{id:guid}", GetDocument.HandleAsync).WithName("GetDocument");
        group.MapGet("/{id:guid}/original", DownloadOriginal.HandleAsync).WithName("DownloadOriginal");
        group.MapGet("/{id:guid}/searchable-pdf", DownloadSearchablePdf.HandleAsync)
            .WithName("DownloadSearchablePdf")
            .WithSummary("Bản PDF có lớp chữ (tìm kiếm được) của văn bản quét; 404 khi không có.");
        group.MapGet("/{id:guid}/text", GetDocumentText.HandleAsync).WithName("GetDocumentText");
        group.MapGet("/{id:guid}/pages/{page:int}/image", GetPageImage.HandleAsync)
            .WithName("GetPageImage")
            .WithSummary("Ảnh một trang của văn bản (PDF hoặc ảnh quét) để xem trước; 404 khi văn bản không có ảnh trang.");
    }
}
