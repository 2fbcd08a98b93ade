using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Registers;

namespace EdocMan.Search.Api.Features.Registers;

/// <summary>Field-level checks of <see cref="RegisterRequest"/>, with messages in Vietnamese.</summary>
internal static class RegisterRequestValidator
{
    public static Dictionary<string, string[]> Validate(RegisterRequest r, RegisterKind kind, DocumentTypeInfo? type)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];
        void Max(string field, string? value, int max, string label)
        {
            if (value is not null && value.Length > max)
            {
                Fail(field, $"{label} dài quá {max} ký tự.");
            }
        }

        if (!r.ConfirmNotExcluded)
        {
            Fail("confirmNotExcluded", "Hãy xác nhận văn bản không thuộc bí mật nhà nước, không phải đơn thư khiếu nại, tố cáo và không có nội dung xấu, độc trước khi vào sổ.");
        }
        if (r.DocumentId == Guid.Empty)
        {
            Fail("documentId", "Hãy chọn văn bản đã tải lên để vào sổ.");
        }
        if (string.IsNullOrWhiteSpace(r.DocumentType))
        {
            Fail("documentType", "Hãy chọn loại văn bản.");
        }
        else if (type is null || !type.Active)
        {
            Fail("documentType", $"Không có loại văn bản “{r.DocumentType}”.");
        }
        if (string.IsNullOrWhiteSpace(r.Summary))
        {
            Fail("summary", "Hãy nhập trích yếu nội dung.");
        }
        Max("summary", r.Summary, 500, "Trích yếu nội dung");
        Max("issuer", r.Issuer, 200, "Tác giả");
        Max("signer", r.Signer, 150, "Người ký");
        Max("recipients", r.Recipients, 1000, "Nơi nhận");
        Max("fileCopyHolder", r.FileCopyHolder, 200, "Đơn vị, người nhận bản lưu");
        Max("receivedBy", r.ReceivedBy, 200, "Đơn vị hoặc người nhận");
        Max("notes", r.Notes, 1000, "Ghi chú");
        Max("draftingUnit", r.DraftingUnit, 10, "Đơn vị soạn thảo");
        if (r.Copies is < 1 or > 9999)
        {
            Fail("copies", "Số lượng bản phải từ 1 đến 9999.");
        }
        if (r.Urgency is { } urgency && !Enum.IsDefined(urgency))
        {
            Fail("urgency", "Độ khẩn chỉ có thể là Thường, Khẩn, Thượng khẩn hoặc Hỏa tốc.");
        }
        if (r.Arrival is { } arrival && !Enum.IsDefined(arrival))
        {
            Fail("arrival", "Hình thức nhận chỉ có thể là văn bản điện tử (Electronic) hoặc văn bản giấy (Paper).");
        }
        if (kind == RegisterKind.Incoming)
        {
            if (string.IsNullOrWhiteSpace(r.NumberSymbol))
            {
                Fail("numberSymbol", "Hãy nhập số, ký hiệu của văn bản đến.");
            }
            else if (r.NumberSymbol.Length > 50 || r.NumberSymbol.Any(char.IsWhiteSpace))
            {
                Fail("numberSymbol", "Số, ký hiệu không có khoảng trắng và dài tối đa 50 ký tự, ví dụ 31/2014/QĐ-UBND.");
            }
            if (string.IsNullOrWhiteSpace(r.Issuer))
            {
                Fail("issuer", "Hãy nhập tác giả (cơ quan ban hành) của văn bản đến.");
            }
        }
        else if (!string.IsNullOrWhiteSpace(r.NumberSymbol))
        {
            Fail("numberSymbol", "Số, ký hiệu của văn bản đi và văn bản nội bộ do hệ thống cấp; hãy để trống.");
        }
        if (r.LegalNormative && type is { Abbreviation: null })
        {
            Fail("legalNormative", "Văn bản quy phạm pháp luật phải có tên loại (ví dụ Quyết định), không phải công văn.");
        }
        return errors;
    }
}
