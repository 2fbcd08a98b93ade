namespace EdocMan.Search.Core.CaseFiles;

/// <summary>
/// A case file (hồ sơ công việc): the documents of one piece of work, opened from the file plan or ad hoc,
/// collected while the work runs and closed when it ends (Decree 30/2020, Art. 28–29, Annex VI Part II).
/// </summary>
public sealed class CaseFile
{
    public int Id { get; set; }

    public int AgencyId { get; set; }

    /// <summary>The year of the file plan (FileCatalog); the year the file was opened.</summary>
    public int Year { get; set; }

    /// <summary>The plan line it was opened from; null for a file opened ad hoc.</summary>
    public int? FilePlanItemId { get; set; }

    /// <summary>Số, ký hiệu hồ sơ (FileNotation), e.g. <c>01.TCCB</c>; unique in the agency and year.</summary>
    public required string Code { get; set; }

    /// <summary>Tiêu đề hồ sơ.</summary>
    public required string Title { get; set; }

    /// <summary>Thời hạn bảo quản in years; null means permanent (vĩnh viễn). Confirmed again at closing.</summary>
    public int? RetentionYears { get; set; }

    /// <summary>Chế độ sử dụng (Rights): e.g. "Công khai", "Hạn chế".</summary>
    public string? AccessRegime { get; set; }

    /// <summary>Người lập hồ sơ (Creator).</summary>
    public int OwnerAccountId { get; set; }

    public CaseFileStatus Status { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>The day the work ended; set at closing. Archive deadlines count from its year.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>Tổng số văn bản, counted at closing.</summary>
    public int? DocumentCount { get; set; }

    /// <summary>Số tờ/trang, counted at closing.</summary>
    public int? PageCount { get; set; }

    /// <summary>Chú giải (Description).</summary>
    public string? Description { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public int? ClosedBy { get; set; }

    /// <summary>The transfer that took the file to the agency archive; the file is read-only from then on.</summary>
    public int? ArchiveTransferId { get; set; }
}

/// <summary>Where a case file stands.</summary>
public enum CaseFileStatus
{
    /// <summary>Đang lập: documents can be added and removed.</summary>
    Open = 0,

    /// <summary>Đã đóng: the work ended; waiting for transfer when kept 5 years or more.</summary>
    Closed = 1,

    /// <summary>Đã nộp lưu: in the agency archive, read-only.</summary>
    Transferred = 2,
}
