namespace EdocMan.Search.Core.Options;

/// <summary>The server's nightly index compaction. Bound from the "IndexMaintenance" section.</summary>
/// <remarks>
/// Why: uploads arrive one by one, so the index gathers small segments, and Lucene's merge policy lets a large index
/// keep a few dozen; and re-indexed documents leave their old entries behind (an index that only grows is a known
/// complaint of other document systems). A search pays a fixed cost per segment: at a million documents 24 segments made it a fifth slower
/// than 4 (docs/benchmarks.md). Compacting takes about 40 s of one core and, for that time, disk for a second copy of
/// the index; searches and uploads go on meanwhile.
/// </remarks>
public sealed class IndexMaintenanceOptions
{
    /// <summary>Whether the server compacts the index at night.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>When, in Vietnam time (UTC+7): 02:00, when no office works.</summary>
    public TimeOnly CompactAt { get; set; } = new(2, 0);

    /// <summary>The index is compacted when it has more segments than this…</summary>
    public int CompactAboveSegments { get; set; } = 10;

    /// <summary>
    /// …or when more than this share of its entries (in percent) are those of replaced or removed documents: every
    /// change of a document's metadata or access re-indexes it, and the old entry stays on disk until a merge drops it.
    /// </summary>
    public int CompactAboveDeletedPercent { get; set; } = 20;

    /// <summary>At most this many segments after a compaction (as <c>edocman-index compact</c>).</summary>
    public int Segments { get; set; } = 4;
}
