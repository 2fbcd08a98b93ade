namespace EdocMan.Search.Indexing;

/// <summary>How often the background loop makes writes visible and durable.</summary>
/// <param name="Refresh">Interval between near-real-time reopen checks; an upsert is searchable within about this long.</param>
/// <param name="Commit">Shortest interval between two background commits while there are uncommitted writes.</param>
public sealed record IndexTimings(TimeSpan Refresh, TimeSpan Commit)
{
    /// <summary>The server's: an upload is searchable within about 150 ms and durable within 5 s.</summary>
    public static IndexTimings Default { get; } = new(TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(5));

    /// <summary>
    /// For tools that write many documents and commit themselves (rebuild, generate): a near-real-time
    /// reopen flushes every thread's buffered documents into a new small segment, so reopening every
    /// 150 ms during a rebuild cost lock contention and merging for no reader. They call
    /// <c>RefreshAsync</c> before they search.
    /// </summary>
    public static IndexTimings Bulk { get; } = new(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
}
