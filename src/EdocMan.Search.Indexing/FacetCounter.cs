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
/// Implementation note: a hit costs an array increment per facet. Each segment's values come from
/// <see cref="FacetOrdinals"/> as process-wide ids (<see cref="FacetValueIds"/>), so counts go straight into one
/// array per facet and only the values shown become strings: reading ordinals through the packed doc values
/// cost several times the search itself on a broad query, and turning every segment's ordinals into strings
/// was a third of a broad search with facets at a million documents. Every search over HTTP counts facets.
/// Not thread-safe: one instance per search (or per slice, <see cref="Add"/>).
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

    private readonly int[][] _counts = Facets.Select(_ => Array.Empty<int>()).ToArray();
    private int[] _ids = [];

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
        // Reading a new segment may number new values: the counts grow to every id there is now.
        _ids = FacetOrdinals.For(context.AtomicReader).Ids;
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
        var at = doc * Facets.Length;
        for (var f = 0; f < Facets.Length; f++)
        {
            var id = _ids[at + f];
            if (id >= 0)
            {
                _counts[f][id]++;
            }
        }
    }

    /// <summary>Adds the counts of <paramref name="parts"/> (slices of one search, <see cref="SlicedCollector"/>).</summary>
    public void Add(IEnumerable<FacetCounter> parts)
    {
        foreach (var part in parts)
        {
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
    public IReadOnlyList<Facet> Result(int maxValues) =>
        Facets.Select((facet, f) =>
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
