using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EdocMan.Search.Indexing.Querying;

/// <summary>
/// Looks up every term of a query's <see cref="TermQuery"/> clauses in each segment at once, one terms enumerator per
/// segment and field, the segments on several cores, and hands each clause its statistics, so that its weight does
/// not look it up again.
/// </summary>
/// <remarks>
/// Why: a <see cref="TermQuery"/> without statistics builds them itself (<see cref="TermContext.Build"/>): a new
/// enumerator and a seek per term and segment, one term after the other, before the search proper starts on the
/// cores. A broad query at a million documents has a dozen terms (folded, exact spelling, title, word pairs) in over
/// twenty segments; those look-ups were a sixth of its time. The statistics are the same, so the scores are.
/// </remarks>
internal static class TermStates
{
    /// <summary>Segments below this many are looked up on the calling thread alone.</summary>
    internal const int ParallelFromSegments = 4;

    /// <summary><paramref name="query"/> with each term clause given its statistics in <paramref name="searcher"/>'s index.</summary>
    public static Query Prepare(IndexSearcher searcher, Query query)
    {
        var terms = new HashSet<Term>();
        Map(query, term =>
        {
            terms.Add(term.Term);
            return term;
        });
        if (terms.Count == 0)
        {
            return query;
        }
        var top = searcher.TopReaderContext;
        var leaves = top.Leaves;
        var byField = terms.GroupBy(t => t.Field)
            .Select(g => (Field: g.Key, Terms: g.OrderBy(t => t.Bytes, BytesRef.UTF8SortedAsUnicodeComparer).ToArray()))
            .ToArray();
        var found = new List<(Term Term, TermState State, int DocFreq, long TotalTermFreq)>[leaves.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = leaves.Count >= ParallelFromSegments ? Environment.ProcessorCount : 1 };
        Parallel.For(0, leaves.Count, options, i => found[i] = Seek(leaves[i].AtomicReader, byField));

        var contexts = terms.ToDictionary(t => t, _ => new TermContext(top));
        for (var i = 0; i < leaves.Count; i++)
        {
            foreach (var (term, state, docFreq, totalTermFreq) in found[i])
            {
                contexts[term].Register(state, leaves[i].Ord, docFreq, totalTermFreq);
            }
        }
        return Map(query, term => new TermQuery(term.Term, contexts[term.Term]) { Boost = term.Boost });
    }

    private static List<(Term, TermState, int, long)> Seek(AtomicReader reader, (string Field, Term[] Terms)[] byField)
    {
        var found = new List<(Term, TermState, int, long)>();
        foreach (var (field, terms) in byField)
        {
            if (reader.GetTerms(field) is not { } indexed)
            {
                continue;
            }
            var enumerator = indexed.GetEnumerator();
            foreach (var term in terms)
            {
                if (enumerator.SeekExact(term.Bytes))
                {
                    found.Add((term, enumerator.GetTermState(), enumerator.DocFreq, enumerator.TotalTermFreq));
                }
            }
        }
        return found;
    }

    /// <summary>
    /// <paramref name="query"/> with each <see cref="TermQuery"/> in the clauses this class knows replaced by
    /// <paramref name="replace"/>; a node whose clauses were all kept is returned as it is (so gathering the terms
    /// copies nothing).
    /// </summary>
    private static Query Map(Query query, Func<TermQuery, Query> replace)
    {
        switch (query)
        {
            case TermQuery term:
                return replace(term);
            case BooleanQuery boolean:
                var clauses = boolean.Clauses.Select(c => Map(c.Query, replace)).ToList();
                if (clauses.Zip(boolean.Clauses).All(p => ReferenceEquals(p.First, p.Second.Query)))
                {
                    return boolean;
                }
                var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var (clause, mapped) in boolean.Clauses.Zip(clauses))
                {
                    copy.Add(mapped, clause.Occur);
                }
                return copy;
            case RankedQuery ranked:
                var required = Map(ranked.Required, replace);
                var boosts = ranked.Boosts.Select(b => Map(b, replace)).ToList();
                return ReferenceEquals(required, ranked.Required) && boosts.Zip(ranked.Boosts).All(p => ReferenceEquals(p.First, p.Second))
                    ? ranked
                    : new RankedQuery(required, boosts) { Boost = ranked.Boost };
            case FilteredQuery filtered:
                var inner = Map(filtered.Query, replace);
                return ReferenceEquals(inner, filtered.Query) ? filtered : new FilteredQuery(inner, filtered.Filter, filtered.Strategy) { Boost = filtered.Boost };
            case ConstantScoreQuery { Query: { } wrapped } constant:
                var mappedWrapped = Map(wrapped, replace);
                return ReferenceEquals(mappedWrapped, wrapped) ? constant : new ConstantScoreQuery(mappedWrapped) { Boost = constant.Boost };
            default:
                return query;
        }
    }
}
