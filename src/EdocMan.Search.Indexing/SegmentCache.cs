using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace EdocMan.Search.Indexing;

/// <summary>
/// A value computed once per segment and kept as long as the segment is open (facet ids, permission bit sets).
/// </summary>
/// <remarks>
/// Keyed by the segment core (<see cref="IndexReader.CoreCacheKey"/>) in a <see cref="ConditionalWeakTable{TKey,TValue}"/>,
/// so an entry goes with its segment when a merge retires it, and a reopen after deletes reuses it (a written
/// segment's documents never change, only their deletion). The value is built behind a <see cref="Lazy{T}"/>:
/// the slices of one search (<see cref="SlicedCollector"/>) often ask for the same new segment at once, and the
/// table alone would let each of them build it.
/// </remarks>
internal sealed class SegmentCache<T>(Func<AtomicReader, T> build)
    where T : class
{
    private readonly ConditionalWeakTable<object, Lazy<T>> _bySegment = new();

    public T For(AtomicReader reader) =>
        _bySegment.GetValue(reader.CoreCacheKey, _ => new Lazy<T>(() => build(reader), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Whether the value of <paramref name="reader"/>'s segment has been built.</summary>
    public bool Holds(AtomicReader reader) => _bySegment.TryGetValue(reader.CoreCacheKey, out var value) && value.IsValueCreated;
}
