using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EdocMan.Search.Indexing;

/// <summary>
/// The best <c>size</c> hits by score, ties to the earlier document, as <see cref="TopScoreDocCollector"/> keeps them,
/// with the lowest score on the page in sight (<see cref="Minimum"/>) so that a
/// <see cref="Querying.RankedScorer"/> can skip what cannot beat it. Documents must come in increasing order.
/// </summary>
internal sealed class TopScoreHeap : PriorityQueue<ScoreDoc>
{
    private ScoreDoc _bottom;

    public TopScoreHeap(int size)
        : base(size, Sentinels.Instance) => _bottom = Top;

    /// <summary>The score a hit must beat to enter: −∞ until the page is full.</summary>
    public float Minimum => _bottom.Score;

    /// <summary>Every hit offered, entered or not.</summary>
    public int TotalHits { get; private set; }

    /// <summary>Counts a hit and keeps it if it beats the lowest one kept (an equal score loses to the earlier document).</summary>
    public void Offer(int doc, float score)
    {
        TotalHits++;
        if (score <= _bottom.Score)
        {
            return;
        }
        _bottom.Doc = doc;
        _bottom.Score = score;
        _bottom = UpdateTop();
    }

    /// <summary>The hits kept, best first.</summary>
    public TopDocs ToTopDocs()
    {
        // The empty places still hold their sentinels, which sort lowest and come out first.
        for (var empty = Count - Math.Min(TotalHits, Count); empty > 0; empty--)
        {
            Pop();
        }
        var hits = new ScoreDoc[Count];
        for (var i = hits.Length - 1; i >= 0; i--)
        {
            hits[i] = Pop();
        }
        return new TopDocs(TotalHits, hits, hits.Length > 0 ? hits[0].Score : float.NaN);
    }

    /// <inheritdoc />
    protected override bool LessThan(ScoreDoc a, ScoreDoc b) => a.Score == b.Score ? a.Doc > b.Doc : a.Score < b.Score;

    // The empty places of the page: they lose to any hit.
    private sealed class Sentinels : ISentinelFactory<ScoreDoc>
    {
        public static readonly Sentinels Instance = new();

        public ScoreDoc Create() => new(int.MaxValue, float.NegativeInfinity);
    }
}
