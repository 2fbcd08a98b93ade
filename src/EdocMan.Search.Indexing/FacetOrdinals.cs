using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace EdocMan.Search.Indexing;

/// <summary>
/// Each segment's facet ordinals (<see cref="FacetCounter.Facets"/>) as plain arrays, one int per
/// document and facet, read once per segment and kept as long as the segment is open.
/// </summary>
/// <remarks>
/// Implementation note: keyed by the segment core (<see cref="IndexReader.CoreCacheKey"/>) in a
/// <see cref="ConditionalWeakTable{TKey,TValue}"/>, so an entry goes with its segment when a merge retires
/// it, and reopening after deletes reuses it (sorted doc values never change in a written segment). Memory:
/// 20 bytes per document (20 MB at 1M documents); the first search on a new segment pays one pass over it.
/// </remarks>
internal static class FacetOrdinals
{
    private static readonly ConditionalWeakTable<object, int[]?[]> BySegment = new();

    /// <summary>The ordinals per facet of <paramref name="reader"/>; an entry is null when the segment lacks that facet.</summary>
    public static int[]?[] For(AtomicReader reader) => BySegment.GetValue(reader.CoreCacheKey, _ => Read(reader));

    private static int[]?[] Read(AtomicReader reader)
    {
        var ords = new int[]?[FacetCounter.Facets.Length];
        for (var f = 0; f < ords.Length; f++)
        {
            if (reader.GetSortedDocValues(FacetCounter.Facets[f].Field) is not { } values)
            {
                continue;
            }
            var column = new int[reader.MaxDoc];
            for (var doc = 0; doc < column.Length; doc++)
            {
                column[doc] = values.GetOrd(doc);
            }
            ords[f] = column;
        }
        return ords;
    }
}
