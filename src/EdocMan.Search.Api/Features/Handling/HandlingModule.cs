using Carter;
using EdocMan.Search.Api.Auth;

namespace EdocMan.Search.Api.Features.Handling;

/// <summary>Handling of incoming documents (xử lý văn bản đến, Decree 30/2020 Art. 24) and the agency's units.</summary>
public sealed class HandlingModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var units = app.MapAgencyGroup("/units").WithTags("Xử lý văn bản đến");
        units.MapGet("/", ListUnits.HandleAsync)
            .WithName("ListUnits")
            .WithSummary("Các đơn vị (phòng, ban) của cơ quan, trưởng đơn vị và thành viên.");
        units.MapPut("/{code}", ManageUnits.PutAsync)
            .WithName("PutUnit")
            .WithSummary("Quản trị đơn vị tạo hoặc sửa một phòng, ban: tên, trưởng đơn vị và danh sách thành viên.");
        units.MapDelete("/{code}", ManageUnits.DeleteAsync)
            .WithName("DeleteUnit")
            .WithSummary("Xóa một phòng, ban chưa từng được giao xử lý văn bản.");

        var group = app.MapAgencyGroup("/handling").WithTags("Xử lý văn bản đến");
        group.MapGet("/my-work", MyWork.HandleAsync)
            .WithName("MyHandlingWork")
            .WithSummary("Việc của tôi: văn bản đến được giao cho tôi hoặc cho đơn vị tôi phụ trách, kèm hạn xử lý và trạng thái.");
        group.MapGet("/tracker", HandlingTrackerEndpoints.ListAsync)
            .WithName("HandlingTracker")
            .WithSummary("Sổ theo dõi giải quyết văn bản đến: quá hạn, sắp đến hạn, trong hạn, hoàn thành đúng hạn, trễ hạn; văn bản khẩn trước.");
        group.MapGet("/tracker/pdf", HandlingTrackerEndpoints.PrintAsync)
            .WithName("PrintHandlingTracker")
            .WithSummary("In sổ theo dõi giải quyết văn bản đến (PDF khổ A4 ngang).");
        group.MapGet("/{documentId:guid}", GetHandlingSlip.HandleAsync)
            .WithName("GetHandlingSlip")
            .WithSummary("Phiếu giải quyết văn bản đến: các phân công, hạn xử lý, tiến độ và kết quả.");
        group.MapPost("/{documentId:guid}/assignments", AssignDocument.AssignAsync)
            .WithName("AssignDocument")
            .WithSummary("Lãnh đạo phân công đơn vị (người) chủ trì, phối hợp, hạn xử lý và ý kiến chỉ đạo.")
            .DisableAntiforgery();
        group.MapPost("/assignments/{id:long}/reassign", AssignDocument.ReassignAsync)
            .WithName("ReassignDocument")
            .WithSummary("Trưởng đơn vị giao phần việc của đơn vị cho người trong đơn vị.")
            .DisableAntiforgery();
        group.MapDelete("/assignments/{id:long}", AssignDocument.WithdrawAsync)
            .WithName("WithdrawAssignment")
            .WithSummary("Thu hồi một phân công (cùng các phần đã giao lại); quyền xem văn bản được thu lại nếu không còn lý do khác.")
            .DisableAntiforgery();
        group.MapPost("/assignments/{id:long}/notes", RecordProgress.NoteAsync)
            .WithName("AddHandlingNote")
            .WithSummary("Ghi ý kiến, tiến độ xử lý.")
            .DisableAntiforgery();
        group.MapPost("/assignments/{id:long}/start", RecordProgress.StartAsync)
            .WithName("StartHandling")
            .WithSummary("Bắt đầu xử lý (đang xử lý).")
            .DisableAntiforgery();
        group.MapPost("/assignments/{id:long}/done", RecordProgress.DoneAsync)
            .WithName("FinishHandling")
            .WithSummary("Hoàn thành xử lý: kết quả và văn bản trả lời (nếu có).")
            .DisableAntiforgery();
    }
}
