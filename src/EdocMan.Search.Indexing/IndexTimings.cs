namespace EdocMan.Search.Indexing;

/// <summary>How often the background loop makes writes visible and durable, and how much the writer buffers.</summary>
/// <param name="Refresh">Interval between near-real-time reopen checks; an upsert is searchable within about this long.</param>
/// <param name="Commit">Shortest interval between two background commits while there are uncommitted writes.</param>
/// <param name="RamBufferMB">Memory of buffered documents before the writer flushes a segment (Lucene's default is 16).</param>
/// <param name="CompoundFiles">
/// Whether new segments are packed into one compound file: fewer open files for a server that writes small segments
/// all day, but a second copy of every segment written.
/// </param>
/// <param name="MergesQueued">
/// Merges that may wait for the one merge thread before the indexing threads are held up until one finishes; null
/// keeps Lucene's default.
/// </param>
public sealed record IndexTimings(TimeSpan Refresh, TimeSpan Commit, double RamBufferMB = 64, bool CompoundFiles = true, int? MergesQueued = null)
{
    /// <summary>The server's: an upload is searchable within about 150 ms and durable within 5 s.</summary>
    public static IndexTimings Default { get; } = new(TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(5));

    /// <summary>
    /// For tools that write many documents and commit themselves (rebuild, generate): a near-real-time
    /// reopen flushes every thread's buffered documents into a new small segment, so reopening every
    /// 150 ms during a rebuild cost lock contention and merging for no reader. They call
    /// <c>RefreshAsync</c> before they search. They buffer 256 MB: larger flushed segments, so fewer merges
    /// rewrite the index on its way to a million documents (merging was 28 % of a rebuild's CPU at 64 MB); and
    /// they write no compound files, which would copy each of those large segments once more. Up to six merges may
    /// wait for the one merge thread before indexing is held up: with Lucene's two, a million-document rebuild used
    /// 164 % of two cores (a second merge thread instead made it 10 % slower: merges then took the cores from the
    /// analysis).
    /// </summary>
    public static IndexTimings Bulk { get; } = new(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), RamBufferMB: 256, CompoundFiles: false, MergesQueued: 6);
}
