using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace EdocMan.Search.Indexing;

/// <summary>
/// Each segment's facet ordinals (<see cref="FacetCounter.Facets"/>) in one plain array, the facets of a
/// document side by side, read once per segment and kept as long as the segment is open.
/// </summary>
/// <remarks>
/// Implementation note: keyed by the segment core (<see cref="IndexReader.CoreCacheKey"/>) in a
/// <see cref="ConditionalWeakTable{TKey,TValue}"/>, so an entry goes with its segment when a merge retires
/// it, and reopening after deletes reuses it (sorted doc values never change in a written segment). A
/// document's five ordinals are adjacent (<c>doc * Facets.Length + facet</c>), so counting a hit touches one
/// cache line instead of five arrays of a million entries each. Memory: 20 bytes per document (20 MB at 1M
/// documents); the first search on a new segment pays one pass over it.
/// </remarks>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<object, FacetOrdinals> BySegment = new();

    private FacetOrdinals(int[] ordinals, bool[] present)
    {
        Ordinals = ordinals;
        Present = present;
    }

    /// <summary>Ordinal of facet f of document d at <c>d * FacetCounter.Facets.Length + f</c>; -1 for none.</summary>
    public int[] Ordinals { get; }

    /// <summary>Whether the segment has each facet's doc values at all.</summary>
    public bool[] Present { get; }

    /// <summary>The ordinals of <paramref name="reader"/>'s documents.</summary>
    public static FacetOrdinals For(AtomicReader reader) => BySegment.GetValue(reader.CoreCacheKey, _ => Read(reader));

    private static FacetOrdinals Read(AtomicReader reader)
    {
        var facets = FacetCounter.Facets.Length;
        var ordinals = new int[reader.MaxDoc * facets];
        var present = new bool[facets];
        for (var f = 0; f < facets; f++)
        {
            var values = reader.GetSortedDocValues(FacetCounter.Facets[f].Field);
            present[f] = values is not null;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                ordinals[doc * facets + f] = values?.GetOrd(doc) ?? -1;
            }
        }
        return new FacetOrdinals(ordinals, present);
    }
}
