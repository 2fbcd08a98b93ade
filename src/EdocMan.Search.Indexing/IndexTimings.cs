namespace EdocMan.Search.Indexing;

/// <summary>How often the background loop makes writes visible and durable.</summary>
/// <param name="Refresh">Interval between near-real-time reopen checks; an upsert is searchable within about this long.</param>
/// <param name="Commit">Shortest interval between two background commits while there are uncommitted writes.</param>
internal sealed record IndexTimings(TimeSpan Refresh, TimeSpan Commit)
{
    public static IndexTimings Default { get; } = new(TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(5));
}
