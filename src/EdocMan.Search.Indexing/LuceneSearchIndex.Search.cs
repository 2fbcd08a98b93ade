using EdocMan.Search.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EdocMan.Search.Indexing;

public sealed partial class LuceneSearchIndex
{
    /// <summary>Largest page size served; larger requests are clamped.</summary>
    public const int MaxPageSize = 100;

    // Deep paging costs memory per request; past this many ranked hits only the total is returned.
    private const int MaxRankedHits = 10_000;

    /// <inheritdoc />
    public SearchResults Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ThrowIfDisposed();
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, query.Page);
        var none = new SearchResults(0, page, pageSize, []);
        var filter = AccessFilter(query.AccessTokens);
        if (filter is null)
        {
            return none;
        }
        Querying.TranslatedQuery? translated;
        try
        {
            translated = _translator.Translate(query.Text);
        }
        catch (Exception ex)
        {
            // The contract: user text never makes a search fail. Log it so the parser can be fixed.
            IndexingLog.SearchFailed(_logger, query.Text?.Length ?? 0, ex);
            return none;
        }
        if (translated is null)
        {
            return none;
        }

        var start = (long)(page - 1) * pageSize;
        var window = (int)Math.Min(start + pageSize, MaxRankedHits);
        var searcher = _searcherManager.Acquire();
        try
        {
            // Sorting, the caller's filters, facets and "did you mean": LuceneSearchIndex.Refinements.cs.
            var facets = query.IncludeFacets ? new FacetCounter() : null;
            var top = Collect(searcher, Refine(translated.Search, query), filter, window, query.Sort, facets);
            // Loading a hit's stored pages and building its snippets is most of a small search's time and
            // independent per hit: the page's hits are made on the free cores (the caller's thread takes part).
            var words = SnippetBuilder.Words(translated.Highlight);
            var hits = new SearchHit[Math.Max(0, top.ScoreDocs.Length - (int)Math.Min(start, int.MaxValue))];
            Parallel.For(0, hits.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var scoreDoc = top.ScoreDocs[start + i];
                var doc = searcher.Doc(scoreDoc.Doc);
                hits[i] = DocumentMapper.ToHit(doc, scoreDoc.Score, Snippets(words, doc));
            });
            return new SearchResults(top.TotalHits, page, pageSize, hits)
            {
                Facets = facets?.Result(MaxFacetValues) ?? [],
                DidYouMean = top.TotalHits == 0 ? DidYouMean(searcher, query.Text ?? string.Empty, filter) : null,
            };
        }
        finally
        {
            _searcherManager.Release(searcher);
        }
    }

    /// <inheritdoc />
    public bool Contains(Guid id)
    {
        ThrowIfDisposed();
        var searcher = _searcherManager.Acquire();
        try
        {
            return searcher.Search(new TermQuery(new Term(IndexSchema.Id, DocumentMapper.IdTerm(id))), 1).TotalHits > 0;
        }
        finally
        {
            _searcherManager.Release(searcher);
        }
    }

    /// <inheritdoc />
    public IndexStats GetStats()
    {
        ThrowIfDisposed();
        _searcherManager.MaybeRefresh();
        var searcher = _searcherManager.Acquire();
        try
        {
            return new IndexStats(searcher.IndexReader.NumDocs, SchemaVersion, Location, searcher.IndexReader.Leaves.Count)
            {
                DeletedEntries = searcher.IndexReader.NumDeletedDocs,
            };
        }
        finally
        {
            _searcherManager.Release(searcher);
        }
    }

    private IReadOnlyList<Snippet> Snippets(Dictionary<string, int> words, Lucene.Net.Documents.Document doc)
    {
        try
        {
            return _snippets.Build(words, DocumentMapper.Pages(doc));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A hit without snippets is better than a failed search.
            IndexingLog.SnippetsFailed(_logger, doc.Get(IndexSchema.Id), ex);
            return [];
        }
    }

    /// <summary>
    /// The mandatory permission filter: entries carrying at least one of the user's access tokens, or
    /// <c>null</c> when the user holds none and so may see nothing.
    /// </summary>
    private Filter? AccessFilter(IReadOnlyCollection<string>? accessTokens)
    {
        var tokens = (accessTokens ?? [])
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(DocumentMapper.AccessTerm)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return tokens.Count == 0 ? null : _accessFilters.For(tokens);
    }
}
