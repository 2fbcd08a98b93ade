using System.Globalization;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Archive;
using EdocMan.Search.Printing.Tables;

namespace EdocMan.Search.Api.Features.Archive;

/// <summary>
/// The two papers of a transfer (Decree 30/2020, Annex V; domain.md §2.3): the transfer list (mục lục hồ sơ,
/// tài liệu nộp lưu) as a table, and the handover record (biên bản giao nhận) as text.
/// </summary>
internal static class TransferPrint
{
    private static readonly TableColumn[] Columns =
    [
        new("Số TT", 0.5), new("Số, ký hiệu hồ sơ", 1.3), new("Tiêu đề hồ sơ", 4.2), new("Thời gian tài liệu", 1.6),
        new("Thời hạn bảo quản", 1.0), new("Số tờ / trang", 0.9), new("Ghi chú", 1.5),
    ];

    public static TableDocument List(Agency agency, TransferResponse transfer) => new(
        "MỤC LỤC HỒ SƠ, TÀI LIỆU NỘP LƯU",
        [
            agency.Name,
            $"Tên khối tài liệu: {transfer.BatchName}",
            $"Đợt nộp lưu số {transfer.Id}, ngày {VietnamDate(transfer.CreatedAt)}; bên giao: {transfer.HandedOverBy}; bên nhận: {transfer.ReceivedBy}.",
        ],
        Columns,
        transfer.Files.Select(f => (IReadOnlyList<string>)
        [
            f.No.ToString(CultureInfo.InvariantCulture), f.Code, f.Title, f.DateRange, f.Retention,
            string.Create(CultureInfo.InvariantCulture, $"{f.PageCount}"), f.Notes,
        ]).ToList(),
        [
            $"Mục lục này gồm {transfer.FileCount} hồ sơ, {transfer.DocumentCount} văn bản, {transfer.PageCount} trang.",
            "NGƯỜI LẬP MỤC LỤC",
        ]);

    /// <summary>The handover record's body paragraphs; <paramref name="packageSha256"/> is printed when the package exists.</summary>
    public static IReadOnlyList<string> Handover(Agency agency, TransferResponse transfer, string? packageSha256)
    {
        var date = transfer.CreatedAt.ToOffset(TimeSpan.FromHours(7));
        var lines = new List<string>
        {
            "Căn cứ Luật Lưu trữ số 33/2024/QH15 ngày 21 tháng 6 năm 2024;",
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
            $"Căn cứ Danh mục hồ sơ và Mục lục hồ sơ, tài liệu nộp lưu của {agency.Name};",
            string.Create(CultureInfo.InvariantCulture, $"Hôm nay, ngày {date.Day:00} tháng {date.Month:00} năm {date.Year}, chúng tôi gồm:"),
            $"Bên giao: {transfer.HandedOverBy}, {agency.Name}.",
            $"Bên nhận: {transfer.ReceivedBy}, Lưu trữ cơ quan (lưu trữ hiện hành) của {agency.Name}.",
            "Thống nhất lập biên bản giao nhận tài liệu với những nội dung cụ thể như sau:",
            $"1. Tên khối tài liệu giao nộp: {transfer.BatchName}.",
            $"2. Thời gian của tài liệu: {transfer.DateRange}.",
            string.Create(CultureInfo.InvariantCulture,
                $"3. Số lượng tài liệu: {transfer.FileCount} hồ sơ điện tử; {transfer.FileCount * 2} tệp dữ liệu (mỗi hồ sơ một tệp PDF và một tệp XML dữ liệu đặc tả); {transfer.DocumentCount} văn bản, {transfer.PageCount} trang."),
            "4. Tình trạng tài liệu giao nộp: tài liệu điện tử, đủ văn bản theo mục lục; tính toàn vẹn của từng tệp được kiểm tra bằng bảng kê mã SHA-256 kèm theo gói nộp lưu.",
        };
        if (packageSha256 is not null)
        {
            lines.Add($"Mã SHA-256 của gói nộp lưu: {packageSha256}");
        }
        lines.Add("5. Mục lục hồ sơ, tài liệu nộp lưu kèm theo.");
        lines.Add("Biên bản này được lập thành hai bản; bên giao giữ một bản, bên nhận giữ một bản.");
        return lines;
    }

    /// <summary>From the earliest start to the latest end of the files.</summary>
    public static string DateRange(IEnumerable<TransferListRow> files)
    {
        var list = files.ToList();
        if (list.Count == 0)
        {
            return string.Empty;
        }
        var end = list.Max(f => f.EndDate);
        return $"{Day(list.Min(f => f.StartDate))} – {Day(end)}";
    }

    public static string RowRange(DateOnly start, DateOnly? end) =>
        $"{Day(start)} – {Day(end)}";

    public static string RetentionOf(int? years) => RetentionSchedule.RetentionLabel(years);

    /// <summary>A day as printed (dd/MM/yyyy whatever the server's culture); "nay" for a file still open.</summary>
    public static string Day(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "nay";

    private static string VietnamDate(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
