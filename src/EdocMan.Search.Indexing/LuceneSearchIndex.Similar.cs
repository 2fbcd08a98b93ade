using EdocMan.Search.Core.Search;
using EdocMan.Search.Indexing.Analyzers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EdocMan.Search.Indexing;

/// <summary>"Văn bản tương tự": more-like-this over the folded words and word pairs of a document.</summary>
public sealed partial class LuceneSearchIndex
{
    // The terms that best characterise the source document (tf × idf) make up the query.
    private const int SimilarTerms = 40;

    // Enough text to characterise a document; the rest adds cost, not precision.
    private const int SimilarSourceChars = 60_000;

    /// <inheritdoc />
    /// <remarks>
    /// Implementation note: Lucene's MoreLikeThis needs term vectors or re-analysis anyway, so the
    /// stored title and pages are analysed here with the folded and bigram chains, and the terms
    /// that are frequent in the document but rare in the index are asked for. The source must pass
    /// the caller's permission filter, and so must every hit: the same filter as <see cref="Search"/>.
    /// </remarks>
    public SearchResults? Similar(SimilarQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ThrowIfDisposed();
        var count = Math.Clamp(query.Count, 1, MaxPageSize);
        var filter = AccessFilter(query.AccessTokens);
        if (filter is null)
        {
            return null;
        }
        var searcher = _searcherManager.Acquire();
        try
        {
            var self = new TermQuery(new Term(IndexSchema.Id, DocumentMapper.IdTerm(query.DocumentId)));
            var found = searcher.Search(self, filter, 1);
            if (found.TotalHits == 0)
            {
                return null;
            }
            var source = searcher.Doc(found.ScoreDocs[0].Doc);
            var like = LikeQuery(searcher.IndexReader, source);
            if (like.Clauses.Count == 0)
            {
                return new SearchResults(0, 1, count, []);
            }
            like.Add(self, Occur.MUST_NOT); // after the should-match count is set: it counts SHOULD clauses only
            var top = searcher.Search(like, filter, count);
            var hits = top.ScoreDocs
                .Select(sd => (sd, doc: searcher.Doc(sd.Doc)))
                .Select(x => DocumentMapper.ToHit(x.doc, x.sd.Score, Snippets([], x.doc)))
                .ToList();
            return new SearchResults(top.TotalHits, 1, count, hits);
        }
        finally
        {
            _searcherManager.Release(searcher);
        }
    }

    private BooleanQuery LikeQuery(IndexReader reader, Lucene.Net.Documents.Document source)
    {
        var text = string.Join('\n', new[] { source.Get(IndexSchema.Title) ?? string.Empty }.Concat(source.GetValues(IndexSchema.PageText)));
        if (text.Length > SimilarSourceChars)
        {
            text = text[..SimilarSourceChars];
        }
        var candidates = new List<(Term Term, double Weight)>();
        var docs = Math.Max(1, reader.NumDocs);
        foreach (var (field, analyzer) in new (string, VietnameseAnalyzer)[] { (IndexSchema.TextFold, _analyzers.Folded), (IndexSchema.TextFold2, _analyzers.FoldedBigrams) })
        {
            foreach (var group in TokenLists.Analyze(analyzer, field, text).GroupBy(t => t, StringComparer.Ordinal))
            {
                if (group.Key.All(c => char.IsDigit(c) || c == ' '))
                {
                    continue;
                }
                var term = new Term(field, group.Key);
                var df = reader.DocFreq(term);
                if (df < 2)
                {
                    continue; // in this document only: it cannot bring another one
                }
                var idf = Math.Log(1 + ((docs - df + 0.5) / (df + 0.5)));
                candidates.Add((term, Math.Sqrt(group.Count()) * idf));
            }
        }
        var like = new BooleanQuery();
        var best = candidates.OrderByDescending(c => c.Weight).Take(SimilarTerms).ToList();
        var max = best.Count == 0 ? 1 : best[0].Weight;
        foreach (var (term, weight) in best)
        {
            like.Add(new TermQuery(term) { Boost = (float)(weight / max) }, Occur.SHOULD);
        }
        // Sharing one common word is not similarity; two terms and a tenth of the characteristic ones is.
        like.MinimumNumberShouldMatch = Math.Min(best.Count, Math.Max(2, best.Count / 10));
        return like;
    }
}
