namespace EdocMan.Search.Api.Features.Handling;

/// <summary>One handler on the handling slip: a unit (by code) or a person (by username), never both.</summary>
/// <param name="Role"><c>Lead</c> (chủ trì) or <c>CoHandler</c> (phối hợp); ignored when a unit head re-assigns.</param>
/// <param name="Unit">Code of a unit of the agency (<c>GET /{agency}/api/units</c>); its head receives it.</param>
/// <param name="User">Username of an official of the agency.</param>
/// <param name="Deadline">Hạn xử lý (Vietnam calendar day), not before today.</param>
/// <param name="Instruction">Ý kiến chỉ đạo.</param>
public sealed record AssigneeRequest(string? Role, string? Unit, string? User, DateOnly? Deadline, string? Instruction);

/// <summary>The leader's decision (or a unit head's re-assignment): the handlers to add.</summary>
public sealed record AssignRequest(AssigneeRequest[]? Assignees);

/// <summary>A progress note (ý kiến, tiến độ xử lý).</summary>
public sealed record NoteRequest(string? Text);

/// <summary>Finishing an assignment: the result, and the reply document if the handling produced one.</summary>
/// <param name="Result">Kết quả xử lý.</param>
/// <param name="ReplyDocumentId">An outgoing document of the agency (văn bản trả lời).</param>
public sealed record DoneRequest(string? Result, Guid? ReplyDocumentId);

public sealed record UnitMemberResponse(string Username, string FullName);

/// <summary>A unit of the agency with its head (trưởng đơn vị) and members.</summary>
public sealed record UnitResponse(string Code, string Name, UnitMemberResponse? Head, IReadOnlyList<UnitMemberResponse> Members);

public sealed record NoteResponse(string User, string FullName, DateTimeOffset At, string Text);

/// <summary>One line of the handling slip.</summary>
public sealed record AssignmentResponse(
    long Id, long? ParentId, Guid DocumentId, string Role, string RoleLabel,
    string? Unit, string? UnitName, string? User, string? FullName, DateOnly? Deadline,
    string Status, string StatusLabel, string? Instruction, string AssignedBy, DateTimeOffset AssignedAt,
    DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, string? Result, Guid? ReplyDocumentId,
    IReadOnlyList<NoteResponse> Notes,
    bool CanAct, bool CanReassign, bool CanWithdraw);

/// <summary>Phiếu giải quyết văn bản đến: the document's handling as a whole.</summary>
public sealed record HandlingSlipResponse(
    Guid DocumentId, int IncomingNumber, int Year, DateOnly ReceivedOn, string? NumberSymbol, string Summary,
    string Urgency, string UrgencyLabel, string Status, string StatusLabel, bool CanAssign,
    IReadOnlyList<AssignmentResponse> Assignments);

/// <summary>One assignment in "my work" (việc của tôi).</summary>
public sealed record WorkItemResponse(
    long AssignmentId, Guid DocumentId, string DocumentUrl, int IncomingNumber, string? NumberSymbol, string Summary,
    string Urgency, string UrgencyLabel, string Role, string RoleLabel, string? Unit, DateOnly? Deadline,
    string Status, string StatusLabel, string Bucket, string BucketLabel, string? Instruction);

public sealed record MyWorkResponse(DateOnly Today, IReadOnlyList<WorkItemResponse> Items);

/// <summary>One document of the tracker (sổ theo dõi giải quyết văn bản đến).</summary>
public sealed record TrackerItemResponse(
    Guid DocumentId, int IncomingNumber, int Year, DateOnly ReceivedOn, string? NumberSymbol, string? Issuer, string Summary,
    string Urgency, string UrgencyLabel, string? Lead, DateOnly? Deadline, string Status, string StatusLabel,
    DateOnly? CompletedOn, string Bucket, string BucketLabel);

public sealed record TrackerBucketCount(string Bucket, string Slug, string Label, int Count);

public sealed record TrackerResponse(
    DateOnly Today, int DueSoonWorkingDays, string? Bucket, IReadOnlyList<TrackerBucketCount> Counts,
    IReadOnlyList<TrackerItemResponse> Items);
