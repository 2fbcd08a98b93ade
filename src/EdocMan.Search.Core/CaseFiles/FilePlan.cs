namespace EdocMan.Search.Core.CaseFiles;

/// <summary>
/// An agency's yearly file plan (danh mục hồ sơ), approved by the agency head at the start of the year
/// (Decree 30/2020, Art. 28). Its items are the case files the agency expects to open that year.
/// </summary>
public sealed class FilePlan
{
    public int Id { get; set; }

    public int AgencyId { get; set; }

    public int Year { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int CreatedBy { get; set; }

    /// <summary>Set when approved; an approved plan's items can no longer be renumbered.</summary>
    public DateTimeOffset? ApprovedAt { get; set; }

    public int? ApprovedBy { get; set; }
}

/// <summary>One line of a <see cref="FilePlan"/>.</summary>
public sealed class FilePlanItem
{
    public int Id { get; set; }

    public int FilePlanId { get; set; }

    /// <summary>The heading the line sits under, as printed: "I. Tổ chức, cán bộ".</summary>
    public required string Heading { get; set; }

    /// <summary>The heading's abbreviation used in file codes, e.g. <c>TCCB</c>.</summary>
    public required string HeadingCode { get; set; }

    /// <summary>The line's sequence number (01, 02…), across the plan or within the heading.</summary>
    public int Sequence { get; set; }

    /// <summary>Số, ký hiệu hồ sơ: sequence + heading abbreviation, e.g. <c>01.TCCB</c>.</summary>
    public required string Code { get; set; }

    /// <summary>Tiêu đề hồ sơ.</summary>
    public required string Title { get; set; }

    /// <summary>Thời hạn bảo quản in years; null means permanent (vĩnh viễn).</summary>
    public int? RetentionYears { get; set; }

    /// <summary>Người lập hồ sơ: the official responsible for the file.</summary>
    public int? ResponsibleAccountId { get; set; }

    public string? Notes { get; set; }
}
