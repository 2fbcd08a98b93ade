using Carter;
using EdocMan.Search.Api.Auth;

namespace EdocMan.Search.Api.Features.CaseFiles;

/// <summary>The file plan (danh mục hồ sơ) and case files (hồ sơ công việc), Decree 30/2020, Art. 28–29.</summary>
public sealed class CaseFilesModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var plans = app.MapAgencyGroup("/file-plans").WithTags("Danh mục hồ sơ").DisableAntiforgery();
        plans.MapPost("/", FilePlanHandlers.CreateAsync).WithName("CreateFilePlan")
            .WithSummary("Lập danh mục hồ sơ của một năm (văn thư, lãnh đạo, quản trị đơn vị).");
        plans.MapGet("/{year:int}", FilePlanHandlers.GetAsync).WithName("GetFilePlan")
            .WithSummary("Danh mục hồ sơ của năm: các đề mục (I, II…) và hồ sơ với số, ký hiệu, tiêu đề, thời hạn bảo quản, người lập.");
        plans.MapGet("/{year:int}/pdf", FilePlanPrint.PrintAsync).WithName("PrintFilePlan")
            .WithSummary("In danh mục hồ sơ (PDF khổ A4 ngang).");
        plans.MapPost("/{year:int}/items", FilePlanItems.AddAsync).WithName("AddFilePlanItem")
            .WithSummary("Thêm một hồ sơ vào danh mục chưa phê duyệt; số, ký hiệu được đánh tự động.");
        plans.MapPut("/{year:int}/items/{itemId:int}", FilePlanItems.UpdateAsync).WithName("UpdateFilePlanItem")
            .WithSummary("Sửa một dòng của danh mục chưa phê duyệt.");
        plans.MapDelete("/{year:int}/items/{itemId:int}", FilePlanItems.RemoveAsync).WithName("RemoveFilePlanItem")
            .WithSummary("Xóa một dòng chưa mở hồ sơ của danh mục chưa phê duyệt; các dòng sau được đánh số lại.");
        plans.MapPost("/{year:int}/renumber", FilePlanHandlers.RenumberAsync).WithName("RenumberFilePlan")
            .WithSummary("Đánh số lại: “heading” (từ 01 trong từng đề mục) hoặc “plan” (liên tục trong cả danh mục).");
        plans.MapPost("/{year:int}/approve", FilePlanHandlers.ApproveAsync).WithName("ApproveFilePlan")
            .WithSummary("Phê duyệt danh mục (lãnh đạo, quản trị đơn vị); sau đó danh mục không sửa được cho đến khi mở lại.");
        plans.MapPost("/{year:int}/reopen", FilePlanHandlers.ReopenAsync).WithName("ReopenFilePlan")
            .WithSummary("Mở lại danh mục đã phê duyệt để sửa (lãnh đạo, quản trị đơn vị).");

        var files = app.MapAgencyGroup("/case-files").WithTags("Hồ sơ công việc").DisableAntiforgery();
        files.MapGet("/", CaseFileSearch.HandleAsync).WithName("ListCaseFiles")
            .WithSummary("Hồ sơ bạn được xem; q tìm theo tiêu đề, số ký hiệu và nội dung văn bản trong hồ sơ (có dấu hoặc không dấu); lọc theo year, retention, status, code, document.");
        files.MapPost("/", CaseFileHandlers.OpenAsync).WithName("OpenCaseFile")
            .WithSummary("Mở hồ sơ theo một dòng của danh mục đã phê duyệt, hoặc hồ sơ phát sinh (số, ký hiệu tự động).");
        files.MapGet("/{id:int}", CaseFileHandlers.GetAsync).WithName("GetCaseFile")
            .WithSummary("Hồ sơ và mục lục văn bản theo thứ tự thời gian; văn bản bạn không được xem hiện là dòng ẩn.");
        files.MapPatch("/{id:int}", CaseFileHandlers.UpdateAsync).WithName("UpdateCaseFile")
            .WithSummary("Sửa tiêu đề, chú giải, chế độ sử dụng.");
        files.MapPost("/{id:int}/documents", CaseFileDocuments.AddAsync).WithName("AddCaseFileDocument")
            .WithSummary("Thêm một văn bản bạn được xem vào hồ sơ đang lập (liên kết, không sao chép).");
        files.MapDelete("/{id:int}/documents/{documentId:guid}", CaseFileDocuments.RemoveAsync).WithName("RemoveCaseFileDocument")
            .WithSummary("Bỏ một văn bản khỏi hồ sơ đang lập.");
        files.MapPost("/{id:int}/close", CaseFileLifecycle.CloseAsync).WithName("CloseCaseFile")
            .WithSummary("Kết thúc hồ sơ: ngày kết thúc, xác nhận thời hạn bảo quản; đếm số văn bản, số trang; báo văn bản trùng.");
        files.MapPost("/{id:int}/reopen", CaseFileLifecycle.ReopenAsync).WithName("ReopenCaseFile")
            .WithSummary("Mở lại hồ sơ đã kết thúc (khi chưa nộp lưu).");
        files.MapGet("/{id:int}/shares", CaseFileSharing.GetAsync).WithName("GetCaseFileShares")
            .WithSummary("Những người, cơ quan được chia sẻ hồ sơ.");
        files.MapPut("/{id:int}/shares", CaseFileSharing.SetAsync).WithName("SetCaseFileShares")
            .WithSummary("Chia sẻ hồ sơ (chỉ xem) với người hoặc cơ quan; thay cho danh sách trước.");
    }
}
