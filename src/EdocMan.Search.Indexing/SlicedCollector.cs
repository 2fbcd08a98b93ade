using EdocMan.Search.Core.Search;
using EdocMan.Search.Indexing.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EdocMan.Search.Indexing;

/// <summary>
/// Ranks a large index in slices of its document range on several cores at once, and merges the slices'
/// top documents and facet counts as one sequential pass would have made them.
/// </summary>
/// <remarks>
/// <para>Why: at a million documents a search walks hundreds of thousands of postings on one core while the
/// others idle; a single official's search should use the machine. The slices are equal ranges of document
/// ids, cut inside segments when needed (the largest merged segment holds over half the index), each with its
/// own scorer from the shared weight (Lucene weights serve several threads).</para>
/// <para>Same answer: slices are in document order and <see cref="TopDocs.Merge(Sort, int, TopDocs[])"/>
/// breaks ties of score (or date) by slice and then position, which is by document id, as a single collector
/// does. Under load the caller runs the slices itself: <see cref="Parallel.For(int, int, Action{int})"/> uses
/// the calling thread and takes pool threads only when they are free, so it never waits on a starved pool.</para>
/// </remarks>
internal static class SlicedCollector
{
    /// <summary>Smallest slice worth a thread of its own.</summary>
    internal const int MinDocumentsPerSlice = 50_000;

    /// <summary>
    /// How many slices an index of <paramref name="maxDoc"/> documents is searched in: two per core, since slices of
    /// equal size are not equal work (a profile at a million documents with one slice per core spent an eighth
    /// of the time waiting for the slower one), and a core that finishes early takes the next.
    /// </summary>
    internal static int SliceCount(int maxDoc) => Math.Clamp(maxDoc / MinDocumentsPerSlice, 1, 2 * Environment.ProcessorCount);

    /// <summary>
    /// The top <paramref name="window"/> of <paramref name="search"/> under <paramref name="filter"/> in
    /// <paramref name="slices"/> slices, in <paramref name="sort"/> order, counting facets into <paramref name="facets"/>.
    /// </summary>
    public static TopDocs Collect(IndexSearcher searcher, Query search, Filter filter, int window, Sort? sort, FacetCounter? facets, int slices)
    {
        // The permission filter goes on what the query requires; boosts outside it still only score (RankedQuery).
        var filtered = RankedQuery.MapRequired(search, required => new FilteredQuery(required, filter));
        var weight = searcher.CreateNormalizedWeight(TermStates.Prepare(searcher, filtered));
        var ranges = Ranges(searcher.IndexReader.Leaves, searcher.IndexReader.MaxDoc, slices);
        var tops = new TopDocs[ranges.Count];
        var counts = new FacetCounter?[ranges.Count];
        Parallel.For(0, ranges.Count, i =>
        {
            counts[i] = facets is null ? null : new FacetCounter();
            tops[i] = sort is null ? Rank(weight, ranges[i], window, counts[i]) : Sorted(weight, ranges[i], window, sort, counts[i]);
        });
        if (facets is not null)
        {
            facets.Add(counts.Select(c => c!));
        }
        return TopDocs.Merge(sort, window, tops);
    }

    /// <summary>
    /// The top <paramref name="window"/> of a slice by score. A <see cref="RankedScorer"/> is asked only whether a hit
    /// beats the lowest score on the page, so it can skip the boosts of the many that cannot.
    /// </summary>
    private static TopDocs Rank(Weight weight, List<(AtomicReaderContext Leaf, int From, int To)> slice, int window, FacetCounter? facets)
    {
        var top = new TopScoreHeap(window);
        foreach (var (leaf, from, to) in slice)
        {
            facets?.SetNextReader(leaf);
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }
            var ranked = scorer as RankedScorer;
            var doc = from == 0 ? scorer.NextDoc() : scorer.Advance(from);
            while (doc < to)
            {
                facets?.Collect(doc);
                top.Offer(leaf.DocBase + doc, ranked?.ScoreAbove(top.Minimum) ?? scorer.GetScore());
                doc = scorer.NextDoc();
            }
        }
        return top.ToTopDocs();
    }

    /// <summary>The top <paramref name="window"/> of a slice in <paramref name="sort"/> order (every hit fully scored).</summary>
    private static TopDocs Sorted(Weight weight, List<(AtomicReaderContext Leaf, int From, int To)> slice, int window, Sort sort, FacetCounter? facets)
    {
        var top = TopFieldCollector.Create(sort, window, true, true, false, true);
        var collector = facets is null ? (ICollector)top : MultiCollector.Wrap(top, facets);
        foreach (var (leaf, from, to) in slice)
        {
            collector.SetNextReader(leaf);
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }
            collector.SetScorer(scorer);
            var doc = from == 0 ? scorer.NextDoc() : scorer.Advance(from);
            while (doc < to)
            {
                collector.Collect(doc);
                doc = scorer.NextDoc();
            }
        }
        return top.GetTopDocs();
    }

    /// <summary>The documents cut into <paramref name="slices"/> consecutive ranges of equal size, as pieces of segments.</summary>
    internal static List<List<(AtomicReaderContext Leaf, int From, int To)>> Ranges(IList<AtomicReaderContext> leaves, int maxDoc, int slices)
    {
        var ranges = new List<List<(AtomicReaderContext, int, int)>>();
        var per = (maxDoc + slices - 1) / slices;
        for (var s = 0; s < slices; s++)
        {
            var (start, end) = (s * per, Math.Min(maxDoc, (s + 1) * per));
            var slice = new List<(AtomicReaderContext, int, int)>();
            foreach (var leaf in leaves)
            {
                var from = Math.Max(start, leaf.DocBase) - leaf.DocBase;
                var to = Math.Min(end, leaf.DocBase + leaf.AtomicReader.MaxDoc) - leaf.DocBase;
                if (from < to)
                {
                    slice.Add((leaf, from, to));
                }
            }
            if (slice.Count > 0)
            {
                ranges.Add(slice);
            }
        }
        return ranges;
    }
}
