using EdocMan.Search.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EdocMan.Search.Indexing;

/// <summary>
/// Counts the hits of a search per facet value from sorted doc values, alongside the collector
/// that ranks them (through <see cref="MultiCollector"/>), so the counts cover exactly the
/// permission-filtered hits.
/// </summary>
/// <remarks>
/// <para>Implementation note: a hit costs an array increment per facet. Each segment's values come from
/// <see cref="FacetOrdinals"/> as process-wide ids (<see cref="FacetValueIds"/>), so counts go straight into one
/// array per facet and only the values shown become strings: reading ordinals through the packed doc values
/// cost several times the search itself on a broad query, and turning every segment's ordinals into strings
/// was a third of a broad search with facets at a million documents. Every search over HTTP counts facets.</para>
/// <para>Hits are noted first and counted in batches (<see cref="Flush"/>): a hit's facet values are nearly always a
/// cache miss, and counted as each hit was scored every miss waited behind the scorer's own work. In a loop of their
/// own the misses of many hits overlap, and the values of a hit a few places ahead are asked for early (prefetch).
/// Measured at a million documents, interleaved with the same searches without facets: 2.0 ms per broad search
/// counted hit by hit, 1.3 ms in batches, 0.35 ms with the prefetch and packed values.</para>
/// <para>Not thread-safe: one instance per search (or per slice, <see cref="Add"/>).</para>
/// </remarks>
internal sealed class FacetCounter : ICollector
{
    /// <summary>Facet names as the API shows them, and the doc-values field each one reads.</summary>
    public static readonly (string Name, string Field)[] Facets =
    [
        ("agency", IndexSchema.FacetAgency),
        ("register", IndexSchema.FacetRegister),
        ("type", IndexSchema.FacetType),
        ("year", IndexSchema.FacetYear),
        ("signer", IndexSchema.FacetSigner),
    ];

    // Hits noted before they are counted: 4 KB per search slice.
    private const int PendingHits = 1024;

    // How many hits ahead a hit's values are asked for: about as many misses as a core keeps in flight.
    private const int PrefetchAhead = 8;

    private readonly int[][] _counts = Facets.Select(_ => Array.Empty<int>()).ToArray();
    // Taken at the first segment: the counter a search adds its slices into never collects itself.
    private int[] _pending = [];
    private int _pendingCount;
    private FacetOrdinals? _segment;

    /// <inheritdoc />
    public bool AcceptsDocsOutOfOrder => true;

    /// <inheritdoc />
    public void SetScorer(Scorer scorer)
    {
        // Counting needs no scores.
    }

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context)
    {
        // The hits noted so far are the previous segment's.
        Flush();
        if (_pending.Length == 0)
        {
            _pending = new int[PendingHits];
        }
        // Reading a new segment may number new values: the counts grow to every id there is now.
        _segment = FacetOrdinals.For(context.AtomicReader);
        for (var f = 0; f < Facets.Length; f++)
        {
            var ids = FacetValueIds.ForFacets[f].Count;
            if (_counts[f].Length < ids)
            {
                Array.Resize(ref _counts[f], ids);
            }
        }
    }

    /// <inheritdoc />
    public void Collect(int doc)
    {
        _pending[_pendingCount++] = doc;
        if (_pendingCount == _pending.Length)
        {
            Flush();
        }
    }

    /// <summary>Counts the hits noted since the last flush, all of the current segment.</summary>
    private unsafe void Flush()
    {
        if (_pendingCount == 0 || _segment is not { } segment)
        {
            return;
        }
        var (rows, words, slots) = (segment.Rows, segment.WordsPerDocument, segment.Slots);
        var prefetch = System.Runtime.Intrinsics.X86.Sse.IsSupported;
        fixed (ulong* first = rows)
        {
            for (var i = 0; i < _pendingCount; i++)
            {
                if (prefetch && i + PrefetchAhead < _pendingCount)
                {
                    // A hint only: no fault and no effect on the counts, whatever the address.
                    System.Runtime.Intrinsics.X86.Sse.Prefetch0(first + (long)_pending[i + PrefetchAhead] * words);
                }
                var at = (long)_pending[i] * words;
                for (var f = 0; f < slots.Length; f++)
                {
                    var id = slots[f].IdIn(rows, at);
                    if (id >= 0)
                    {
                        _counts[f][id]++;
                    }
                }
            }
        }
        _pendingCount = 0;
    }

    /// <summary>Adds the counts of <paramref name="parts"/> (slices of one search, <see cref="SlicedCollector"/>).</summary>
    public void Add(IEnumerable<FacetCounter> parts)
    {
        Flush();
        foreach (var part in parts)
        {
            part.Flush();
            for (var f = 0; f < Facets.Length; f++)
            {
                if (_counts[f].Length < part._counts[f].Length)
                {
                    Array.Resize(ref _counts[f], part._counts[f].Length);
                }
                for (var id = 0; id < part._counts[f].Length; id++)
                {
                    _counts[f][id] += part._counts[f][id];
                }
            }
        }
    }

    /// <summary>The counts, at most <paramref name="maxValues"/> values per facet, most frequent first.</summary>
    public IReadOnlyList<Facet> Result(int maxValues)
    {
        Flush();
        return Facets.Select((facet, f) =>
            {
                var values = FacetValueIds.ForFacets[f].Values();
                return new Facet(
                    facet.Name,
                    _counts[f]
                        .Select((count, id) => (Count: count, Id: id))
                        .Where(c => c.Count > 0)
                        .Select(c => (c.Count, Value: values[c.Id]))
                        .OrderByDescending(c => c.Count)
                        .ThenBy(c => c.Value, StringComparer.Ordinal)
                        .Take(maxValues)
                        .Select(c => new FacetValue(c.Value, c.Count))
                        .ToList());
            })
            .ToList();
    }
}
