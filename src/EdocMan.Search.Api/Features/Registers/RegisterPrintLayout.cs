using System.Globalization;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Printing.Tables;

namespace EdocMan.Search.Api.Features.Registers;

/// <summary>
/// The printed day of a register: every Annex IV column of Decree 30/2020, the Ký nhận column left
/// blank for signatures, and corrections of a closed day shown dated in Ghi chú.
/// </summary>
internal static class RegisterPrintLayout
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static TableDocument Build(
        string agencyName, RegisterKind kind, DateOnly day, bool closed, IReadOnlyList<RegisterEntry> entries,
        IReadOnlyDictionary<string, string> typeNames, ILookup<long, RegisterAnnotation> annotations)
    {
        var title = kind switch
        {
            RegisterKind.Incoming => "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN",
            RegisterKind.Outgoing => "SỔ ĐĂNG KÝ VĂN BẢN ĐI",
            _ => "SỔ ĐĂNG KÝ VĂN BẢN NỘI BỘ",
        };
        var subtitles = new[]
        {
            agencyName,
            $"Ngày {Date(day)}" + (closed ? " — đã khóa sổ" : string.Empty),
        };
        string TypeAndSummary(RegisterEntry e) =>
            $"{(e.DocumentType is null ? null : typeNames.GetValueOrDefault(e.DocumentType, e.DocumentType))}: {e.Summary}";
        string Notes(RegisterEntry e) => string.Join("; ", new[] { Urgent(e), e.Notes }
            .Concat(annotations[e.Id].OrderBy(a => a.At).Select(a => $"Đính chính {Date(DateOnly.FromDateTime(a.At.UtcDateTime.AddHours(7)))}: {a.Text}"))
            .Where(s => !string.IsNullOrWhiteSpace(s)));

        TableColumn[] columns;
        IReadOnlyList<IReadOnlyList<string>> rows;
        if (kind == RegisterKind.Incoming)
        {
            columns =
            [
                // Widths are shares of the page: dates and numbers must fit on one line ("15/11/2014", "31/2014/QĐ-UBND").
                new("Ngày đến", 9), new("Số đến", 5), new("Tác giả", 13), new("Số, ký hiệu", 14), new("Ngày tháng văn bản", 9),
                new("Tên loại và trích yếu nội dung", 21), new("Đơn vị hoặc người nhận", 11), new("Ngày chuyển", 9),
                new("Ký nhận", 7), new("Ghi chú", 8),
            ];
            rows = entries.Select(e => (IReadOnlyList<string>)
            [
                Date(e.RegisteredOn), Number(e.Number), e.Issuer ?? "", e.NumberSymbol ?? "", Date(e.DocumentDate),
                TypeAndSummary(e), e.ReceivedBy ?? "", Date(e.TransferDate), "", Notes(e),
            ]).ToList();
        }
        else
        {
            columns =
            [
                new("Số, ký hiệu văn bản", 15), new("Ngày tháng văn bản", 9), new("Tên loại và trích yếu nội dung", 22),
                new("Người ký", 11), new("Nơi nhận văn bản", 13), new("Đơn vị, người nhận bản lưu", 10), new("Số lượng bản", 5),
                new("Ngày chuyển", 9), new("Ký nhận", 7), new("Ghi chú", 8),
            ];
            rows = entries.Select(e => (IReadOnlyList<string>)
            [
                e.NumberSymbol ?? Number(e.Number), Date(e.DocumentDate), TypeAndSummary(e), e.Signer ?? "", e.Recipients ?? "",
                e.FileCopyHolder ?? "", e.Copies?.ToString(Vi) ?? "", Date(e.TransferDate), "", Notes(e),
            ]).ToList();
        }
        var footer = new[]
        {
            $"Tổng số: {entries.Count} văn bản",
            "NGƯỜI LẬP SỔ (VĂN THƯ)",
            "(Ký, ghi rõ họ tên)",
        };
        return new TableDocument(title, subtitles, columns, rows, footer);
    }

    private static string Urgent(RegisterEntry e) => e.Urgency == Urgency.Normal ? string.Empty : UrgencyLabels.Of(e.Urgency);

    private static string Number(int n) => n.ToString("00", CultureInfo.InvariantCulture);

    private static string Date(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty;
}
