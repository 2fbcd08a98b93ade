using Lucene.Net.Index;
using Lucene.Net.Util;

namespace EdocMan.Search.Indexing;

/// <summary>
/// Each segment's facet values (<see cref="FacetCounter.Facets"/>) as process-wide ids (<see cref="FacetValueIds"/>)
/// in one plain array, the facets of a document side by side, read once per segment and kept as long as the
/// segment is open.
/// </summary>
/// <remarks>
/// Implementation note: kept per segment core (<see cref="SegmentCache{T}"/>), so an entry goes with its segment
/// when a merge retires it, and reopening after deletes reuses it (sorted doc values never change in a written
/// segment). A
/// document's five ordinals are adjacent (<c>doc * Facets.Length + facet</c>), so counting a hit touches one
/// cache line instead of five arrays of a million entries each. Memory: 20 bytes per document (20 MB at 1M
/// documents); the first search on a new segment pays one pass over it.
/// </remarks>
internal sealed class FacetOrdinals
{
    private static readonly SegmentCache<FacetOrdinals> BySegment = new(Read);

    private FacetOrdinals(int[] ids)
    {
        Ids = ids;
    }

    /// <summary>Value id of facet f of document d at <c>d * FacetCounter.Facets.Length + f</c>; -1 for none.</summary>
    public int[] Ids { get; }

    /// <summary>The ordinals of <paramref name="reader"/>'s documents.</summary>
    public static FacetOrdinals For(AtomicReader reader) => BySegment.For(reader);

    private static FacetOrdinals Read(AtomicReader reader)
    {
        var facets = FacetCounter.Facets.Length;
        var ids = new int[reader.MaxDoc * facets];
        var term = new BytesRef();
        for (var f = 0; f < facets; f++)
        {
            var values = reader.GetSortedDocValues(FacetCounter.Facets[f].Field);
            var idOfOrd = new int[values?.ValueCount ?? 0];
            for (var ord = 0; ord < idOfOrd.Length; ord++)
            {
                values!.LookupOrd(ord, term);
                idOfOrd[ord] = FacetValueIds.ForFacets[f].IdOf(term.Utf8ToString());
            }
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                var ord = values?.GetOrd(doc) ?? -1;
                ids[doc * facets + f] = ord >= 0 ? idOfOrd[ord] : -1;
            }
        }
        return new FacetOrdinals(ids);
    }
}
