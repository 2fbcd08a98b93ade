using Carter;
using EdocMan.Search.Api.Auth;

namespace EdocMan.Search.Api.Features.Registers;

/// <summary>The agency's registers (Decree 30/2020, Annex IV): vào sổ and reading them.</summary>
public sealed class RegistersModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapAgencyGroup("/registers").WithTags("Sổ đăng ký văn bản");
        group.MapPost("/{kind}/entries", RegisterDocument.HandleAsync)
            .WithName("RegisterDocument")
            .WithSummary("Vào sổ một văn bản đã tải lên; cấp số đến hoặc số, ký hiệu văn bản đi.")
            .DisableAntiforgery();
        group.MapGet("/den/queue", IncomingQueue.HandleAsync)
            .WithName("IncomingQueue")
            .WithSummary("Văn bản các cơ quan, đơn vị khác gửi đến qua hệ thống, chờ vào sổ đến.");
        group.MapGet("/{kind}/proposal/{documentId:guid}", ProposeRegistration.HandleAsync)
            .WithName("ProposeRegistration")
            .WithSummary("Thông tin vào sổ điền sẵn từ văn bản đã tải lên (số, ký hiệu, ngày, loại, trích yếu).");
        group.MapGet("/{kind}/entries", ListRegisterEntries.HandleAsync)
            .WithName("ListRegisterEntries")
            .WithSummary("Các dòng của sổ trong một ngày hoặc một năm, theo thứ tự số.");
        group.MapGet("/{kind}/entries/{id:long}", ListRegisterEntries.GetOneAsync)
            .WithName("GetRegisterEntry")
            .WithSummary("Một dòng của sổ.");
        group.MapPatch("/{kind}/entries/{id:long}", CorrectRegisterEntry.UpdateAsync)
            .WithName("UpdateRegisterEntry")
            .WithSummary("Điền ngày chuyển, người nhận, ghi chú… khi sổ của ngày chưa khóa.")
            .DisableAntiforgery();
        group.MapPost("/{kind}/entries/{id:long}/annotations", CorrectRegisterEntry.AnnotateAsync)
            .WithName("AnnotateRegisterEntry")
            .WithSummary("Thêm ghi chú đính chính có ghi ngày cho một dòng của sổ đã khóa.")
            .DisableAntiforgery();
        group.MapGet("/{kind}/days/{date}/pdf", DailyRegister.PrintAsync)
            .WithName("PrintRegisterDay")
            .WithSummary("In sổ của một ngày: PDF khổ A4 ngang, đủ các cột theo Phụ lục IV Nghị định 30/2020 và cột ký nhận.");
        group.MapPost("/{kind}/days/{date}/close", DailyRegister.CloseAsync)
            .WithName("CloseRegisterDay")
            .WithSummary("Khóa sổ của một ngày; sau đó các dòng không sửa được, chỉ đính chính có ghi ngày.")
            .DisableAntiforgery();
        app.MapGroup("/api/document-types").WithTags("Danh mục loại văn bản").RequireAuthorization()
            .MapGet("/", DocumentTypes.ListAsync)
            .WithName("ListDocumentTypes")
            .WithSummary("29 loại văn bản theo Nghị định 30/2020 và chữ viết tắt.");
        app.MapGroup("/api/document-types").WithTags("Danh mục loại văn bản").RequireAuthorization()
            .MapPut("/{code}", DocumentTypes.UpdateAsync)
            .WithName("UpdateDocumentType")
            .WithSummary("Sửa tên, chữ viết tắt hoặc ngừng sử dụng một loại văn bản (quản trị hệ thống).")
            .DisableAntiforgery();
    }
}
