namespace EdocMan.Search.Core.Registers;

/// <summary>The 29 document types of Decree 30/2020 (Art. 7, Annex III) as first seeded.</summary>
public static class DocumentTypeCatalog
{
    /// <summary>Code of công văn, which has no abbreviation and its own symbol format.</summary>
    public const string OfficialLetter = "CV";

    public static readonly IReadOnlyList<DocumentTypeInfo> Decree30 = Build(
    [
        ("NQ", "Nghị quyết", "NQ"), ("QĐ", "Quyết định", "QĐ"), ("CT", "Chỉ thị", "CT"), ("QC", "Quy chế", "QC"),
        ("QyĐ", "Quy định", "QyĐ"), ("TC", "Thông cáo", "TC"), ("TB", "Thông báo", "TB"), ("HD", "Hướng dẫn", "HD"),
        ("CTr", "Chương trình", "CTr"), ("KH", "Kế hoạch", "KH"), ("PA", "Phương án", "PA"), ("ĐA", "Đề án", "ĐA"),
        ("DA", "Dự án", "DA"), ("BC", "Báo cáo", "BC"), ("BB", "Biên bản", "BB"), ("TTr", "Tờ trình", "TTr"),
        ("HĐ", "Hợp đồng", "HĐ"), (OfficialLetter, "Công văn", null), ("CĐ", "Công điện", "CĐ"),
        ("BGN", "Bản ghi nhớ", "BGN"), ("BTT", "Bản thỏa thuận", "BTT"), ("GUQ", "Giấy ủy quyền", "GUQ"),
        ("GM", "Giấy mời", "GM"), ("GGT", "Giấy giới thiệu", "GGT"), ("GNP", "Giấy nghỉ phép", "GNP"),
        ("PG", "Phiếu gửi", "PG"), ("PC", "Phiếu chuyển", "PC"), ("PB", "Phiếu báo", "PB"), ("THC", "Thư công", null),
    ]);

    private static List<DocumentTypeInfo> Build((string Code, string Name, string? Abbreviation)[] rows) =>
        rows.Select((r, i) => new DocumentTypeInfo { Code = r.Code, Name = r.Name, Abbreviation = r.Abbreviation, SortOrder = i + 1 }).ToList();
}
