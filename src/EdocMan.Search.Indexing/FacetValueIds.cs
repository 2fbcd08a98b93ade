using System.Collections.Concurrent;

namespace EdocMan.Search.Indexing;

/// <summary>
/// The values of one facet numbered once for the process, so every segment's ordinals map to the same ids
/// and a search counts hits into one array per facet.
/// </summary>
/// <remarks>
/// Why: per-segment ordinals had to be turned into strings and merged at the end of every segment; with 1,680
/// signers, 30 segments and two slices a broad search looked up about 100,000 strings. Values are only ever
/// added (signers, agencies, types, years and registers: a few thousand in a province), never removed.
/// Thread-safe.
/// </remarks>
internal sealed class FacetValueIds
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _values = [];
    private readonly Lock _gate = new();

    /// <summary>One numbering per facet of <see cref="FacetCounter.Facets"/>.</summary>
    public static FacetValueIds[] ForFacets { get; } = FacetCounter.Facets.Select(_ => new FacetValueIds()).ToArray();

    /// <summary>Ids handed out so far (0 to Count - 1).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _values.Count;
            }
        }
    }

    /// <summary>The id of <paramref name="value"/>, numbering it if it is new.</summary>
    public int IdOf(string value)
    {
        if (_ids.TryGetValue(value, out var id))
        {
            return id;
        }
        lock (_gate)
        {
            return _ids.GetOrAdd(value, v =>
            {
                _values.Add(v);
                return _values.Count - 1;
            });
        }
    }

    /// <summary>Every value numbered so far, indexed by id: one lock for a whole result, not one per value.</summary>
    public string[] Values()
    {
        lock (_gate)
        {
            return [.. _values];
        }
    }
}
