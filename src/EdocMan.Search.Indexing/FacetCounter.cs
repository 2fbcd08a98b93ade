using EdocMan.Search.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EdocMan.Search.Indexing;

/// <summary>
/// Counts the hits of a search per facet value from sorted doc values, alongside the collector
/// that ranks them (through <see cref="MultiCollector"/>), so the counts cover exactly the
/// permission-filtered hits.
/// </summary>
/// <remarks>
/// Implementation note: counts are kept per segment by ordinal (an array increment per hit and
/// facet) and turned into strings once per segment, which keeps counting cheap on large result
/// sets. The ordinals themselves come from <see cref="FacetOrdinals"/>, one plain array per segment:
/// reading each hit's ordinal through the packed doc values cost several times the search itself on a
/// broad query, and every search over HTTP counts facets. Not thread-safe: one instance per search.
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

    private readonly Dictionary<string, long>[] _totals = Facets.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
    private readonly SortedDocValues?[] _values = new SortedDocValues?[Facets.Length];
    private readonly int[]?[] _segmentCounts = new int[]?[Facets.Length];
    private int[] _ords = [];

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
        FlushSegment();
        var ordinals = FacetOrdinals.For(context.AtomicReader);
        _ords = ordinals.Ordinals;
        for (var f = 0; f < Facets.Length; f++)
        {
            var values = context.AtomicReader.GetSortedDocValues(Facets[f].Field);
            _values[f] = values;
            // A segment without a facet's values gets an empty counter: its ordinals are all -1.
            _segmentCounts[f] = values is null || !ordinals.Present[f] ? [] : new int[values.ValueCount];
        }
    }

    /// <inheritdoc />
    public void Collect(int doc)
    {
        var at = doc * Facets.Length;
        for (var f = 0; f < Facets.Length; f++)
        {
            var ord = _ords[at + f];
            if (ord >= 0)
            {
                _segmentCounts[f]![ord]++;
            }
        }
    }

    /// <summary>Adds the counts of <paramref name="parts"/> (slices of one search, <see cref="SlicedCollector"/>).</summary>
    public void Add(IEnumerable<FacetCounter> parts)
    {
        foreach (var part in parts)
        {
            part.FlushSegment();
            for (var f = 0; f < Facets.Length; f++)
            {
                foreach (var (key, count) in part._totals[f])
                {
                    _totals[f][key] = _totals[f].GetValueOrDefault(key) + count;
                }
            }
        }
    }

    /// <summary>The counts, at most <paramref name="maxValues"/> values per facet, most frequent first.</summary>
    public IReadOnlyList<Facet> Result(int maxValues)
    {
        FlushSegment();
        return Facets.Select((facet, f) => new Facet(
                facet.Name,
                _totals[f]
                    .OrderByDescending(kv => kv.Value)
                    .ThenBy(kv => kv.Key, StringComparer.Ordinal)
                    .Take(maxValues)
                    .Select(kv => new FacetValue(kv.Key, kv.Value))
                    .ToList()))
            .ToList();
    }

    private void FlushSegment()
    {
        var term = new BytesRef();
        for (var f = 0; f < Facets.Length; f++)
        {
            if (_values[f] is not { } values || _segmentCounts[f] is not { } counts)
            {
                continue;
            }
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }
                values.LookupOrd(ord, term);
                var key = term.Utf8ToString();
                _totals[f][key] = _totals[f].GetValueOrDefault(key) + counts[ord];
            }
            _values[f] = null;
            _segmentCounts[f] = null;
        }
    }
}
