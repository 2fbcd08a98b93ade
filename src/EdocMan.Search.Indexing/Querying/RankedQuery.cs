using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace EdocMan.Search.Indexing.Querying;

/// <summary>
/// Matches what <see cref="Required"/> matches and ranks it by that score plus the score of each of the
/// <see cref="Boosts"/> that also matches: the score of <c>BooleanQuery { MUST required, SHOULD boost… }</c>, but
/// with a scorer (<see cref="RankedScorer"/>) that can tell when a document's boosts cannot lift it into the top
/// hits, and then leaves their posting lists alone.
/// </summary>
/// <remarks>
/// <para>Why: the translated query's boosts are the exact spelling, the title and the word pair of every word.
/// The exact spelling's posting list is as long as the folded word's, so a broad query walked each long list twice,
/// and a phrase walked the positions of its common syllables twice, for documents that could not make the first
/// page. Lucene 4.8 has no block-max or WAND scoring to skip them.</para>
/// <para>Bound: a BM25 score is <c>idf · boost · (k1 + 1) · tf / (tf + norm)</c>, below <c>idf · boost · (k1 + 1)</c>
/// for any frequency and length. The idf and boost come from the boost's own weight
/// (<see cref="Weight.GetValueForNormalization"/> is <c>(idf · boost)²</c> for BM25); a boost that is not a term or a
/// phrase, or a similarity other than BM25, has no bound and is always scored.</para>
/// <para>Same ranking: the scorer adds the boosts in one fixed order whether or not it may skip, so a document that is
/// scored gets the same score either way, and one that is skipped could not have entered the top hits.</para>
/// </remarks>
internal sealed class RankedQuery(Query required, IReadOnlyList<Query> boosts) : Query
{
    /// <summary>What a document must match.</summary>
    public Query Required { get; } = required;

    /// <summary>Queries that only add to the score of a document <see cref="Required"/> matches.</summary>
    public IReadOnlyList<Query> Boosts { get; } = boosts;

    /// <summary>The same boosts over another required query (the required one with filters added).</summary>
    public RankedQuery WithRequired(Query required) => new(required, Boosts) { Boost = Boost };

    /// <summary><paramref name="query"/> with <paramref name="wrap"/> applied to what it requires, keeping its boosts outside.</summary>
    public static Query MapRequired(Query query, Func<Query, Query> wrap) =>
        query is RankedQuery ranked ? ranked.WithRequired(wrap(ranked.Required)) : wrap(query);

    /// <inheritdoc />
    public override Query Rewrite(IndexReader reader)
    {
        var required = Required.Rewrite(reader);
        var boosts = Boosts.Select(b => b.Rewrite(reader)).ToList();
        var same = ReferenceEquals(required, Required) && boosts.Zip(Boosts).All(p => ReferenceEquals(p.First, p.Second));
        return same ? this : new RankedQuery(required, boosts) { Boost = Boost };
    }

    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher) => new RankedWeight(this, searcher);

    /// <inheritdoc />
    public override void ExtractTerms(ISet<Term> terms)
    {
        Required.ExtractTerms(terms);
        foreach (var boost in Boosts)
        {
            boost.ExtractTerms(terms);
        }
    }

    /// <inheritdoc />
    public override string ToString(string field) =>
        string.Create(CultureInfo.InvariantCulture, $"+({Required.ToString(field)}) {string.Join(' ', Boosts.Select(b => b.ToString(field)))}")
        + (Boost == 1f ? "" : "^" + Boost.ToString(CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is RankedQuery other && base.Equals(obj) && Required.Equals(other.Required) && Boosts.SequenceEqual(other.Boosts);

    /// <inheritdoc />
    public override int GetHashCode() => Boosts.Aggregate(HashCode.Combine(base.GetHashCode(), Required), HashCode.Combine);

    /// <summary>The weights of the required query and the boosts, and each boost's score bound.</summary>
    internal sealed class RankedWeight : Weight
    {
        // Headroom for the float rounding of the bound and of the summed score: skipping must never be wrong.
        private const float Slack = 1.001f;
        private const float Epsilon = 1e-5f;

        private readonly RankedQuery _query;
        private readonly Weight _required;
        private readonly Weight[] _boosts;
        private readonly float _k1;

        public RankedWeight(RankedQuery query, IndexSearcher searcher)
        {
            _query = query;
            _required = query.Required.CreateWeight(searcher);
            _boosts = query.Boosts.Select(b => b.CreateWeight(searcher)).ToArray();
            _k1 = searcher.Similarity is BM25Similarity bm25 ? bm25.K1 : float.NaN;
            Order = Enumerable.Range(0, _boosts.Length).ToArray();
            Bounds = new float[_boosts.Length];
        }

        /// <summary>The highest score each boost can give a document, once normalised (+∞ when unknown).</summary>
        internal float[] Bounds { get; }

        /// <summary>The boosts, highest bound first: the order in which the scorer adds them.</summary>
        internal int[] Order { get; }

        /// <inheritdoc />
        public override Query Query => _query;

        /// <inheritdoc />
        public override float GetValueForNormalization() =>
            (_required.GetValueForNormalization() + _boosts.Sum(b => b.GetValueForNormalization())) * _query.Boost * _query.Boost;

        /// <inheritdoc />
        public override void Normalize(float norm, float topLevelBoost)
        {
            topLevelBoost *= _query.Boost;
            _required.Normalize(norm, topLevelBoost);
            for (var i = 0; i < _boosts.Length; i++)
            {
                var bounded = !float.IsNaN(_k1) && _query.Boosts[i] is TermQuery or PhraseQuery;
                // BM25: (idf · own boost)², untouched by Normalize (BM25 ignores the query norm).
                var idfTimesBoost = MathF.Sqrt(_boosts[i].GetValueForNormalization());
                Bounds[i] = bounded ? idfTimesBoost * topLevelBoost * (_k1 + 1) * Slack + Epsilon : float.PositiveInfinity;
                _boosts[i].Normalize(norm, topLevelBoost);
            }
            Array.Sort(Order, (a, b) => Bounds[b] != Bounds[a] ? Bounds[b].CompareTo(Bounds[a]) : a.CompareTo(b));
        }

        /// <inheritdoc />
        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var required = _required.GetScorer(context, acceptDocs);
            if (required is null)
            {
                return null;
            }
            var boosts = new List<(Scorer Scorer, float Bound)>(_boosts.Length);
            foreach (var i in Order)
            {
                if (_boosts[i].GetScorer(context, acceptDocs) is { } scorer)
                {
                    boosts.Add((scorer, Bounds[i]));
                }
            }
            return new RankedScorer(this, required, boosts);
        }

        /// <inheritdoc />
        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var required = _required.Explain(context, doc);
            if (!required.IsMatch)
            {
                var none = new ComplexExplanation(false, 0f, "no match on required clause");
                none.AddDetail(required);
                return none;
            }
            var sum = new ComplexExplanation(true, required.Value, "sum of:");
            sum.AddDetail(required);
            foreach (var i in Order)
            {
                var boost = _boosts[i].Explain(context, doc);
                if (boost.IsMatch)
                {
                    sum.AddDetail(boost);
                    sum.Value += boost.Value;
                }
            }
            return sum;
        }
    }
}
