namespace EdocMan.Search.Core.Search;

/// <summary>
/// The full-text index: a narrow façade so that the Lucene details stay in the Indexing project.
/// </summary>
/// <remarks>
/// Thread-safe: one instance per process, shared by the ingestion workers (writes) and the
/// request handlers (reads). Writes become visible to <see cref="Search"/> after the next refresh,
/// which the implementation schedules itself within a fraction of a second, or at once through
/// <see cref="RefreshAsync"/>. Durability comes from periodic commits and <see cref="CommitAsync"/>.
/// </remarks>
public interface ISearchIndex : IDisposable
{
    /// <summary>Adds the document, or replaces the entry with the same id.</summary>
    Task UpsertAsync(IndexDocument document, CancellationToken ct);

    Task DeleteAsync(Guid id, CancellationToken ct);

    /// <summary>
    /// Adds an entry the caller knows is not in the index (a rebuild into an index it emptied with
    /// <see cref="ClearAsync"/>): the index may skip looking for an older entry to replace. An implementation
    /// without that shortcut upserts.
    /// </summary>
    Task AddNewAsync(IndexDocument document, CancellationToken ct) => UpsertAsync(document, ct);

    /// <summary>Removes every entry and makes the empty index durable; for a rebuild from the database.</summary>
    Task ClearAsync() => throw new NotSupportedException("This index cannot be cleared.");

    /// <summary>
    /// Merges the index into at most <paramref name="maxSegments"/> segments, drops the entries of replaced and removed
    /// documents, and commits: after a bulk load, a search looks each term up and starts a scorer once per segment.
    /// </summary>
    Task CompactAsync(int maxSegments) => throw new NotSupportedException("This index cannot be compacted.");

    /// <summary>Runs a query. Never throws for malformed user text: it is searched literally.</summary>
    SearchResults Search(SearchQuery query);

    /// <summary>
    /// Documents similar to <see cref="SimilarQuery.DocumentId"/> under the same permission filter as
    /// <see cref="Search"/>, or <c>null</c> when that document is not in the index or not visible.
    /// </summary>
    SearchResults? Similar(SimilarQuery query) => null;

    /// <summary>Makes every write so far visible to searches.</summary>
    Task RefreshAsync();

    /// <summary>Makes every write so far durable on disk.</summary>
    Task CommitAsync();

    /// <summary>Whether an entry with this id is searchable now.</summary>
    bool Contains(Guid id);

    IndexStats GetStats();
}

/// <summary>Numbers for <c>/health</c>, the index tools and the nightly compaction.</summary>
/// <param name="Segments">Segments a search walks one after the other; each adds a fixed cost.</param>
public sealed record IndexStats(int DocumentCount, int SchemaVersion, string Location, int Segments)
{
    /// <summary>Replaced or removed entries still on disk until a merge drops them (every re-index of a document leaves one).</summary>
    public int DeletedEntries { get; init; }
}
