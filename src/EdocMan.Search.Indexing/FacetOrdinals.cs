using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace EdocMan.Search.Indexing;

/// <summary>
/// Each segment's facet values (<see cref="FacetCounter.Facets"/>) as process-wide ids (<see cref="FacetValueIds"/>),
/// a document's five packed side by side in one 64-bit word, read once per segment and kept as long as the segment
/// is open.
/// </summary>
/// <remarks>
/// <para>Implementation note: kept per segment core (<see cref="SegmentCache{T}"/>), so an entry goes with its
/// segment when a merge retires it, and reopening after deletes reuses it (sorted doc values never change in a
/// written segment). One pass over a new segment reads them, when the first searcher that holds it opens
/// (<see cref="WarmingSearcherFactory"/>).</para>
/// <para>Why packed: counting a broad search's facets is a cache miss per hit, so the fewer bytes a document takes
/// the more hits share a cache line. Each facet gets as many bits as the segment's largest id needs (agencies,
/// registers, types, years and 1,680 signers took 31 bits at a million documents): 8 bytes per document where five
/// ints took 20, and facet counting went from about 2.0 to 0.35 ms per broad search with the prefetch in
/// <see cref="FacetCounter"/>. A province with far more values than that gets a second word per document rather
/// than a wrong count.</para>
/// </remarks>
internal sealed class FacetOrdinals
{
    private static readonly SegmentCache<FacetOrdinals> BySegment = new(Read);

    private FacetOrdinals(ulong[] rows, int words, FacetSlot[] slots)
    {
        Rows = rows;
        WordsPerDocument = words;
        Slots = slots;
    }

    /// <summary>Document d's facet values in words <c>d * WordsPerDocument</c> onwards, laid out by <see cref="Slots"/>.</summary>
    public ulong[] Rows { get; }

    /// <summary>Words per document: one unless the values need more than 64 bits.</summary>
    public int WordsPerDocument { get; }

    /// <summary>Where each facet's value sits in a document's words.</summary>
    public FacetSlot[] Slots { get; }

    /// <summary>The ordinals of <paramref name="reader"/>'s documents.</summary>
    public static FacetOrdinals For(AtomicReader reader) => BySegment.For(reader);

    /// <summary>Whether <paramref name="reader"/>'s ordinals have been read (<see cref="WarmingSearcherFactory"/>).</summary>
    public static bool IsRead(AtomicReader reader) => BySegment.Holds(reader);

    /// <summary>The value id of facet <paramref name="facet"/> of document <paramref name="doc"/>; -1 for none.</summary>
    public int IdOf(int doc, int facet) => Slots[facet].IdIn(Rows, (long)doc * WordsPerDocument);

    private static FacetOrdinals Read(AtomicReader reader)
    {
        var facets = FacetCounter.Facets.Length;
        var values = new SortedDocValues?[facets];
        var idOfOrd = new int[facets][];
        var term = new BytesRef();
        for (var f = 0; f < facets; f++)
        {
            values[f] = reader.GetSortedDocValues(FacetCounter.Facets[f].Field);
            idOfOrd[f] = new int[values[f]?.ValueCount ?? 0];
            for (var ord = 0; ord < idOfOrd[f].Length; ord++)
            {
                values[f]!.LookupOrd(ord, term);
                idOfOrd[f][ord] = FacetValueIds.ForFacets[f].IdOf(term.Utf8ToString());
            }
        }
        var (slots, words) = Layout(idOfOrd.Select(ids => ids.Length == 0 ? -1 : ids.Max()).ToArray());
        var rows = new ulong[(long)reader.MaxDoc * words];
        for (var f = 0; f < facets; f++)
        {
            if (values[f] is not { } column)
            {
                continue;
            }
            var slot = slots[f];
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                var ord = column.GetOrd(doc);
                if (ord >= 0)
                {
                    rows[(long)doc * words + slot.Word] |= (ulong)(idOfOrd[f][ord] + 1) << slot.Shift;
                }
            }
        }
        return new FacetOrdinals(rows, words, slots);
    }

    /// <summary>
    /// The slots for facets whose largest ids are <paramref name="maxIds"/> (-1: no value in the segment): each
    /// stores id + 1 (0 is "none") in just enough bits, in order, starting a new word when the next would not fit.
    /// </summary>
    internal static (FacetSlot[] Slots, int Words) Layout(IReadOnlyList<int> maxIds)
    {
        var slots = new FacetSlot[maxIds.Count];
        var (word, shift) = (0, 0);
        for (var f = 0; f < maxIds.Count; f++)
        {
            var bits = Math.Max(1, 32 - BitOperations.LeadingZeroCount((uint)(maxIds[f] + 1)));
            if (shift + bits > 64)
            {
                (word, shift) = (word + 1, 0);
            }
            slots[f] = new FacetSlot(word, shift, (1UL << bits) - 1);
            shift += bits;
        }
        return (slots, word + 1);
    }
}

/// <summary>One facet's place in a document's words: word <see cref="Word"/>, bits <see cref="Shift"/> upwards.</summary>
internal readonly record struct FacetSlot(int Word, int Shift, ulong Mask)
{
    /// <summary>The id stored for the document whose words start at <paramref name="at"/>; -1 for none.</summary>
    public int IdIn(ulong[] rows, long at) => (int)((rows[at + Word] >> Shift) & Mask) - 1;
}
