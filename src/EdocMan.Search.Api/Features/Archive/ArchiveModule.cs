using Carter;
using EdocMan.Search.Api.Auth;

namespace EdocMan.Search.Api.Features.Archive;

/// <summary>Case-file export and archive transfer (nộp lưu), Decree 30/2020 Art. 28–31, Annex V–VI.</summary>
public sealed class ArchiveModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var files = app.MapAgencyGroup("/case-files").WithTags("Hồ sơ");
        files.MapGet("/{id:int}/export.pdf", ExportCaseFile.PdfAsync)
            .WithName("ExportCaseFilePdf")
            .WithSummary("Xuất hồ sơ ra PDF: mục lục văn bản rồi các văn bản theo thứ tự thời gian.");
        files.MapGet("/{id:int}/export.xml", ExportCaseFile.XmlAsync)
            .WithName("ExportCaseFileXml")
            .WithSummary("Xuất dữ liệu đặc tả của hồ sơ và các văn bản (Phụ lục VI Nghị định 30/2020) ra XML.");

        var archive = app.MapAgencyGroup("/archive").WithTags("Lưu trữ");
        archive.MapGet("/due", DueFiles.HandleAsync)
            .WithName("DueCaseFiles")
            .WithSummary("Hồ sơ đã đóng đến hạn, sắp hết hạn (30 ngày) và quá hạn nộp lưu, với hạn nộp.");
        archive.MapGet("/transfers", ArchiveTransfers.ListAsync)
            .WithName("ListArchiveTransfers")
            .WithSummary("Các đợt nộp lưu của đơn vị.");
        archive.MapPost("/transfers", ArchiveTransfers.CreateAsync)
            .WithName("CreateArchiveTransfer")
            .WithSummary("Nộp lưu các hồ sơ đã chọn: lập đợt nộp lưu, chuyển hồ sơ sang “Đã nộp lưu” (chỉ đọc) và lập gói nộp lưu.")
            .DisableAntiforgery();
        archive.MapGet("/transfers/{id:int}", ArchiveTransfers.GetAsync)
            .WithName("GetArchiveTransfer")
            .WithSummary("Một đợt nộp lưu với mục lục hồ sơ, tài liệu nộp lưu.");
        archive.MapGet("/transfers/{id:int}/list.pdf", ArchiveTransfers.ListPdfAsync)
            .WithName("PrintArchiveTransferList")
            .WithSummary("Mục lục hồ sơ, tài liệu nộp lưu (PDF).");
        archive.MapGet("/transfers/{id:int}/handover.pdf", ArchiveTransfers.HandoverPdfAsync)
            .WithName("PrintArchiveHandover")
            .WithSummary("Biên bản giao nhận tài liệu (PDF).");
        archive.MapGet("/transfers/{id:int}/package.zip", ArchiveTransfers.PackageAsync)
            .WithName("DownloadArchivePackage")
            .WithSummary("Gói nộp lưu: PDF và XML của từng hồ sơ, mục lục, biên bản và bảng kê SHA-256.");
        archive.MapPost("/verify", VerifyPackage.HandleAsync)
            .WithName("VerifyArchivePackage")
            .WithSummary("Kiểm tra một gói nộp lưu: mã SHA-256 từng tệp, của cả gói và dữ liệu đặc tả so với cơ sở dữ liệu.")
            .DisableAntiforgery();
    }
}
