using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace EdocMan.Search.Indexing;

/// <summary>
/// Makes each searcher the index hands out: BM25 scoring, and the facet values of every segment it has not seen
/// before read at once (<see cref="FacetOrdinals"/>), so no official's search pays for them.
/// </summary>
/// <remarks>
/// Why: the facet values of a segment are read on its first search with facets, which at a million documents made
/// the first search after a start take 370 ms more, and the first after a merge pay for the merged segment. Here
/// they are read when the searcher is opened: at start-up, and on the background refresh after a flush or a merge.
/// Segments already seen cost a table look-up each.
/// </remarks>
internal sealed class WarmingSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            try
            {
                FacetOrdinals.For(leaf.AtomicReader);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A head start only: a segment whose values cannot be read must not keep the index from opening or
                // refreshing. The searches that count facets meet the same error and report it.
            }
        }
        return new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }
}
