using EdocMan.Search.Core.Search;
using EdocMan.Search.Indexing.Querying;
using Lucene.Net.Search;

namespace EdocMan.Search.Indexing;

/// <summary>Sorting, caller filters, facets and "did you mean" around the ranked search.</summary>
public sealed partial class LuceneSearchIndex
{
    /// <summary>Values shown per facet.</summary>
    public const int MaxFacetValues = 20;

    /// <summary>Adds the caller's own filters (type, date range) to the translated query, without scoring.</summary>
    private Query Refine(Query search, SearchQuery query)
    {
        var filters = new FilterQueries(_analyzers).For(query).ToList();
        if (filters.Count == 0)
        {
            return search;
        }
        return RankedQuery.MapRequired(search, required =>
        {
            var refined = new BooleanQuery { { required, Occur.MUST } };
            foreach (var filter in filters)
            {
                refined.Add(FilterQueries.NoScore(filter), Occur.MUST);
            }
            return refined;
        });
    }

    /// <summary>Ranks the top <paramref name="window"/> hits in the requested order, counting facets in the same pass.</summary>
    /// <remarks>A large index is ranked in slices on several cores (<see cref="SlicedCollector"/>), a small one in one.</remarks>
    private static TopDocs Collect(IndexSearcher searcher, Query search, Filter filter, int window, SearchSort sort, FacetCounter? facets)
    {
        Sort? byDate = null;
        if (sort != SearchSort.Relevance)
        {
            var descending = sort == SearchSort.DateDescending;
            var field = new SortField(IndexSchema.DocumentDateSort, SortFieldType.INT64, descending);
            // Undated documents go last in either direction.
            field.SetMissingValue(descending ? long.MinValue : long.MaxValue);
            byDate = new Sort(field, SortField.FIELD_SCORE);
        }
        // One slice below 100,000 documents: the same collectors, run on the calling thread.
        return SlicedCollector.Collect(searcher, search, filter, window, byDate, facets, SlicedCollector.SliceCount(searcher.IndexReader.MaxDoc));
    }

    /// <summary>A corrected query when this one found nothing, checked to find something the caller may see.</summary>
    private string? DidYouMean(IndexSearcher searcher, string text, Filter filter)
    {
        try
        {
            var corrected = new SpellingSuggester(_analyzers).Correct(searcher, text);
            if (corrected is null || _translator.Translate(corrected) is not { } translated)
            {
                return null;
            }
            return searcher.Search(translated.Search, filter, 1).TotalHits > 0 ? corrected : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A suggestion is a nicety; the empty result stands without it.
            IndexingLog.SearchFailed(_logger, text.Length, ex);
            return null;
        }
    }
}
