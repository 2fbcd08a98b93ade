using Lucene.Net.Search;

namespace EdocMan.Search.Indexing.Querying;

/// <summary>
/// The scorer of a <see cref="RankedQuery"/>: steps through the required query's documents and adds the boosts that
/// match, highest bound first, stopping as soon as the rest cannot lift the document above a given score.
/// </summary>
/// <remarks>
/// A boost's scorer is only moved to a document whose score it may decide, so on a broad query the long
/// posting lists of the exact spelling and the title are mostly skipped (with their skip lists) rather than read.
/// </remarks>
internal sealed class RankedScorer : Scorer
{
    private readonly Scorer _required;
    private readonly Scorer[] _boosts;

    // _headroom[i]: the most that boosts i and after can still add.
    private readonly float[] _headroom;

    public RankedScorer(Weight weight, Scorer required, IReadOnlyList<(Scorer Scorer, float Bound)> boosts)
        : base(weight)
    {
        _required = required;
        _boosts = boosts.Select(b => b.Scorer).ToArray();
        _headroom = new float[boosts.Count + 1];
        for (var i = boosts.Count - 1; i >= 0; i--)
        {
            _headroom[i] = _headroom[i + 1] + boosts[i].Bound;
        }
    }

    /// <summary>Boost lists read for a document since this scorer was made; for tests.</summary>
    internal long BoostsRead { get; private set; }

    /// <inheritdoc />
    public override int DocID => _required.DocID;

    /// <inheritdoc />
    public override int Freq => _required.Freq;

    /// <inheritdoc />
    public override int NextDoc() => _required.NextDoc();

    /// <inheritdoc />
    public override int Advance(int target) => _required.Advance(target);

    /// <inheritdoc />
    public override long GetCost() => _required.GetCost();

    /// <inheritdoc />
    public override float GetScore() => ScoreAbove(float.NegativeInfinity);

    /// <summary>
    /// The current document's score, or <see cref="float.NegativeInfinity"/> when it cannot exceed
    /// <paramref name="minimum"/> (the lowest score of a full page of top hits).
    /// </summary>
    public float ScoreAbove(float minimum)
    {
        var score = _required.GetScore();
        var doc = _required.DocID;
        for (var i = 0; i < _boosts.Length; i++)
        {
            if (score + _headroom[i] <= minimum)
            {
                return float.NegativeInfinity;
            }
            var boost = _boosts[i];
            var at = boost.DocID;
            if (at < doc)
            {
                BoostsRead++;
                at = boost.Advance(doc);
            }
            if (at == doc)
            {
                score += boost.GetScore();
            }
        }
        return score <= minimum ? float.NegativeInfinity : score;
    }

    /// <inheritdoc />
    public override ICollection<ChildScorer> GetChildren() =>
        [new ChildScorer(_required, "MUST"), .. _boosts.Select(b => new ChildScorer(b, "SHOULD"))];
}
