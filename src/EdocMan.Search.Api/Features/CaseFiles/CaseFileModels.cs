namespace EdocMan.Search.Api.Features.CaseFiles;

/// <summary>Creates the file plan of a year.</summary>
public sealed record CreateFilePlanRequest(int Year);

/// <summary>
/// One plan line. <paramref name="Heading"/> is the heading's name without its numeral ("Tổ chức, cán bộ");
/// the numeral and the line's number are given by the system. <paramref name="Retention"/>: "Vĩnh viễn" or "10 năm";
/// <paramref name="Responsible"/>: the login name of the official who keeps the file.
/// </summary>
public sealed record FilePlanItemRequest(
    string? Heading, string? HeadingCode, string? Title, string? Retention, string? Responsible, string? Notes);

/// <summary>Renumbers the plan: <c>heading</c> (01 again under each heading) or <c>plan</c> (one series).</summary>
public sealed record RenumberFilePlanRequest(string? Numbering);

public sealed record FilePlanResponse(
    int Id, string Agency, int Year, bool Approved, DateTimeOffset? ApprovedAt, string? ApprovedBy, string Numbering,
    int ItemCount, IReadOnlyList<FilePlanHeadingResponse> Headings);

public sealed record FilePlanHeadingResponse(int Order, string Label, string Name, string Code, IReadOnlyList<FilePlanItemResponse> Items);

/// <summary>A plan line; <paramref name="CaseFileId"/> is set once a case file was opened from it.</summary>
public sealed record FilePlanItemResponse(
    int Id, string Heading, string HeadingCode, int Sequence, string Code, string Title, int? RetentionYears, string Retention,
    string? Responsible, string? ResponsibleName, string? Notes, int? CaseFileId);

/// <summary>
/// Opens a case file: from a plan line (<paramref name="PlanItemId"/>; code, title and retention come from it)
/// or ad hoc (<paramref name="Title"/>, <paramref name="Retention"/> and the heading abbreviation the code is numbered under).
/// </summary>
public sealed record OpenCaseFileRequest(
    int? PlanItemId, string? Title, string? Retention, string? HeadingCode, DateOnly? StartDate, string? Description, string? AccessRegime);

/// <summary>Edits an open file's title, description or access regime (chế độ sử dụng).</summary>
public sealed record UpdateCaseFileRequest(string? Title, string? Description, string? AccessRegime);

public sealed record AddCaseFileDocumentRequest(Guid DocumentId, string? Notes);

/// <summary>Closes a file: the day the work ended (today when absent) and the retention, confirmed again.</summary>
public sealed record CloseCaseFileRequest(DateOnly? EndDate, string? Retention);

/// <summary>Who a file is shared with beyond its owner: login names and agency codes. Replaces the previous shares.</summary>
public sealed record CaseFileSharesRequest(IReadOnlyList<string>? Users, IReadOnlyList<string>? Agencies);

public sealed record CaseFileSharesResponse(IReadOnlyList<string> Users, IReadOnlyList<string> Agencies);

public sealed record CaseFileResponse(
    int Id, string Agency, int Year, string Code, string Title, int? RetentionYears, string Retention, string? AccessRegime,
    string Owner, string OwnerName, string Status, string StatusLabel, DateOnly StartDate, DateOnly? EndDate,
    int? DocumentCount, int? PageCount, string? Description, int? FilePlanItemId, bool CanChange, string Url);

/// <summary>
/// A file with its document list (mục lục văn bản) in date order. Lines the viewer may not see are kept, as
/// hidden lines without any of their text, so that numbers and counts stay true to the file.
/// </summary>
public sealed record CaseFileDetailResponse(
    CaseFileResponse File, IReadOnlyList<CaseFileDocumentLine> Documents, int HiddenCount,
    IReadOnlyList<DuplicateGroup> Duplicates, CaseFileSharesResponse? Shares);

/// <summary>
/// One line of the mục lục văn bản: No., số và ký hiệu, ngày tháng, tên loại và trích yếu, tác giả,
/// tờ số (the pages it occupies in the file), ghi chú. A hidden line has only its number.
/// </summary>
public sealed record CaseFileDocumentLine(
    int No, bool Hidden, Guid? DocumentId, string? NumberSymbol, DateOnly? Date, string? TypeAndSummary, string? Author,
    string? Pages, string? Notes, string? Url);

/// <summary>Lines of the list (by their No.) that look like copies of one document, and why.</summary>
public sealed record DuplicateGroup(IReadOnlyList<int> Numbers, string Reason);

/// <summary>One file found by <c>GET /{agency}/api/case-files</c>; <paramref name="MatchedBy"/> says what matched q.</summary>
public sealed record CaseFileListItem(CaseFileResponse File, IReadOnlyList<string> MatchedBy);

public sealed record CaseFileListResponse(string? Query, int Total, int Page, int PageSize, IReadOnlyList<CaseFileListItem> Items);
