using Lucene.Net.Search;

namespace EdocMan.Search.Indexing;

/// <summary>
/// Adds each first-pass hit's score under a second query (the title and exact-spelling boosts) to its first score,
/// and re-orders the hits: the second half of a two-pass ranking (<c>LuceneSearchIndex.Rank</c>).
/// </summary>
/// <remarks>
/// Our own rather than Lucene's <see cref="QueryRescorer"/>: in Lucene.Net 4.8 that one fails on a segment where the
/// second query has no scorer (none of its terms there) and on an empty first pass. Ties keep Lucene's order:
/// score descending, then document id.
/// </remarks>
internal static class BoostRescorer
{
    public static TopDocs Rescore(IndexSearcher searcher, TopDocs first, Query boosts, int topN)
    {
        if (first.ScoreDocs.Length == 0)
        {
            return first;
        }
        // Walk the hits in document order, so each segment's scorer only moves forward.
        var hits = first.ScoreDocs.Select(h => new ScoreDoc(h.Doc, h.Score, h.ShardIndex)).OrderBy(h => h.Doc).ToArray();
        var weight = searcher.CreateNormalizedWeight(boosts);
        var leaves = searcher.IndexReader.Leaves;
        var leaf = -1;
        var (docBase, end) = (0, 0);
        Scorer? scorer = null;
        foreach (var hit in hits)
        {
            while (hit.Doc >= end)
            {
                leaf++;
                (docBase, end) = (leaves[leaf].DocBase, leaves[leaf].DocBase + leaves[leaf].Reader.MaxDoc);
                scorer = weight.GetScorer(leaves[leaf], null);
            }
            if (scorer is null)
            {
                continue;
            }
            var target = hit.Doc - docBase;
            var at = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
            if (at == target)
            {
                hit.Score += scorer.GetScore();
            }
        }
        Array.Sort(hits, (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return new TopDocs(first.TotalHits, hits.Length > topN ? hits[..topN] : hits, hits[0].Score);
    }
}
