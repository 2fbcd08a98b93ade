namespace EdocMan.Search.Core.Handling;

/// <summary>The groups of the handling tracker (sổ theo dõi giải quyết văn bản đến).</summary>
public enum TrackerBucket
{
    /// <summary>Not done, deadline not near (or none yet): đang trong hạn.</summary>
    Pending = 0,

    /// <summary>Not done, deadline within the warning window: sắp đến hạn.</summary>
    DueSoon = 1,

    /// <summary>Not done, deadline passed: quá hạn.</summary>
    Overdue = 2,

    /// <summary>Done on or before the deadline (or without one): hoàn thành đúng hạn.</summary>
    DoneOnTime = 3,

    /// <summary>Done after the deadline: hoàn thành trễ hạn.</summary>
    DoneLate = 4,
}

/// <summary>Vietnamese labels and route slugs of <see cref="TrackerBucket"/>.</summary>
public static class TrackerBuckets
{
    public static readonly IReadOnlyList<TrackerBucket> All =
        [TrackerBucket.Overdue, TrackerBucket.DueSoon, TrackerBucket.Pending, TrackerBucket.DoneLate, TrackerBucket.DoneOnTime];

    public static string Label(TrackerBucket bucket) => bucket switch
    {
        TrackerBucket.DueSoon => "Sắp đến hạn",
        TrackerBucket.Overdue => "Quá hạn",
        TrackerBucket.DoneOnTime => "Hoàn thành đúng hạn",
        TrackerBucket.DoneLate => "Hoàn thành trễ hạn",
        _ => "Đang trong hạn",
    };

    public static string Slug(TrackerBucket bucket) => bucket switch
    {
        TrackerBucket.DueSoon => "sap-den-han",
        TrackerBucket.Overdue => "qua-han",
        TrackerBucket.DoneOnTime => "dung-han",
        TrackerBucket.DoneLate => "tre-han",
        _ => "trong-han",
    };

    public static TrackerBucket? Parse(string? slug) =>
        All.Cast<TrackerBucket?>().FirstOrDefault(b => string.Equals(Slug(b!.Value), slug?.Trim(), StringComparison.OrdinalIgnoreCase)
                                                      || string.Equals(b!.Value.ToString(), slug?.Trim(), StringComparison.OrdinalIgnoreCase));
}
