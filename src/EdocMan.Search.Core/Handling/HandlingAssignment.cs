namespace EdocMan.Search.Core.Handling;

/// <summary>
/// One line of the handling slip (phiếu giải quyết văn bản đến): who handles an incoming document, in which
/// role, by when. A leader's assignment goes to a unit or a person; a unit head re-assigns the unit's part
/// to individuals as child assignments (<see cref="ParentId"/>).
/// </summary>
public sealed class HandlingAssignment
{
    public long Id { get; set; }

    public int AgencyId { get; set; }

    public Guid DocumentId { get; set; }

    /// <summary>The assignment this one re-assigns (a unit head handing the unit's part to a person).</summary>
    public long? ParentId { get; set; }

    public HandlingRole Role { get; set; }

    /// <summary>The unit assigned; its head answers for it. Either this or <see cref="AccountId"/> is set.</summary>
    public int? UnitId { get; set; }

    /// <summary>The person assigned.</summary>
    public int? AccountId { get; set; }

    /// <summary>Hạn xử lý: the deadline for this handler (each handler has their own, Art. 24).</summary>
    public DateOnly? Deadline { get; set; }

    public AssignmentStatus Status { get; set; }

    /// <summary>Ý kiến chỉ đạo: the leader's or unit head's instruction.</summary>
    public string? Instruction { get; set; }

    public int AssignedBy { get; set; }

    public DateTimeOffset AssignedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Kết quả xử lý: what the handler reports when done.</summary>
    public string? Result { get; set; }

    /// <summary>The reply document (văn bản trả lời), when the handling produced one.</summary>
    public Guid? ReplyDocumentId { get; set; }
}

/// <summary>Chủ trì or phối hợp.</summary>
public enum HandlingRole
{
    /// <summary>Chủ trì: answers for the result.</summary>
    Lead = 0,

    /// <summary>Phối hợp: contributes to the lead's work.</summary>
    CoHandler = 1,
}

/// <summary>Where one assignment stands.</summary>
public enum AssignmentStatus
{
    /// <summary>Đã giao, not yet started.</summary>
    Assigned = 0,

    /// <summary>Đang xử lý.</summary>
    InProgress = 1,

    /// <summary>Đã xử lý.</summary>
    Done = 2,

    /// <summary>Withdrawn by whoever assigned it (thu hồi); kept for the record.</summary>
    Withdrawn = 3,
}
