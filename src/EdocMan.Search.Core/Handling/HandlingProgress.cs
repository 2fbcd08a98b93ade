namespace EdocMan.Search.Core.Handling;

/// <summary>
/// Where an incoming document stands as a whole (<see cref="HandlingStatus"/>), derived from its
/// assignments rather than stored, so it can never disagree with them.
/// </summary>
/// <remarks>
/// The rule (Decree 30/2020, Art. 24): the lead handler (chủ trì) answers for the result, so the
/// document is done when the leader's lead assignment is done, whatever the co-handlers still do.
/// Withdrawn assignments count for nothing. Pure and thread-safe.
/// </remarks>
public static class HandlingProgress
{
    public static HandlingStatus Derive(IEnumerable<HandlingAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        var active = assignments.Where(a => a.Status != AssignmentStatus.Withdrawn).ToList();
        if (active.Count == 0)
        {
            return HandlingStatus.Received;
        }
        if (active.Any(a => a.ParentId is null && a.Role == HandlingRole.Lead && a.Status == AssignmentStatus.Done))
        {
            return HandlingStatus.Done;
        }
        return active.Any(a => a.Status is AssignmentStatus.InProgress or AssignmentStatus.Done)
            ? HandlingStatus.InProgress
            : HandlingStatus.Assigned;
    }

    /// <summary>The leader's active lead assignment (not a unit head's re-assignment), if any.</summary>
    public static HandlingAssignment? Lead(IEnumerable<HandlingAssignment> assignments) =>
        assignments.FirstOrDefault(a => a.ParentId is null && a.Role == HandlingRole.Lead && a.Status != AssignmentStatus.Withdrawn);

    /// <summary>Vietnamese label, as the status column of the tracker reads.</summary>
    public static string Label(HandlingStatus status) => status switch
    {
        HandlingStatus.Received => "Chờ phân công",
        HandlingStatus.Assigned => "Mới",
        HandlingStatus.InProgress => "Đang xử lý",
        _ => "Đã xử lý",
    };

    /// <summary>Vietnamese label of one assignment's status.</summary>
    public static string Label(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Assigned => "Mới",
        AssignmentStatus.InProgress => "Đang xử lý",
        AssignmentStatus.Done => "Đã xử lý",
        _ => "Đã thu hồi",
    };

    public static string Label(HandlingRole role) => role == HandlingRole.Lead ? "Chủ trì" : "Phối hợp";
}
