using Lucene.Net.Search;

namespace EdocMan.Search.Indexing.Querying;

/// <summary>
/// A user query in Lucene form: <see cref="Search"/> ranks documents, <see cref="Highlight"/>
/// holds the wanted terms and phrases on the folded field, for snippets.
/// </summary>
/// <remarks>
/// <see cref="Search"/> is <see cref="Ranking"/> (what decides which documents match, and most of their score) with
/// the <see cref="Boosts"/> (title and exact-spelling clauses) as optional clauses. A boost only ever matches where
/// <see cref="Ranking"/> does (title words and exact spellings are in the folded field too), and BM25 has neither
/// coordination factor nor query norm, so a document's score under <see cref="Search"/> is exactly its score
/// under <see cref="Ranking"/> plus its score under <see cref="Boosts"/>. That lets the search rank by
/// <see cref="Ranking"/> alone and add the boosts to its best few (<c>LuceneSearchIndex.Search</c>).
/// </remarks>
internal sealed class TranslatedQuery
{
    public TranslatedQuery(Query ranking, Query highlight, IReadOnlyList<Query> boosts)
    {
        Ranking = ranking;
        Highlight = highlight;
        if (boosts.Count == 0)
        {
            Search = ranking;
            return;
        }
        var search = new BooleanQuery { { ranking, Occur.MUST } };
        var any = new BooleanQuery();
        foreach (var boost in boosts)
        {
            search.Add(boost, Occur.SHOULD);
            any.Add(boost, Occur.SHOULD);
        }
        Search = search;
        Boosts = any;
    }

    /// <summary>The whole query.</summary>
    public Query Search { get; }

    /// <summary>The query without the boosts: the same matches, each scored without them.</summary>
    public Query Ranking { get; }

    /// <summary>The title and exact-spelling clauses, or <c>null</c> when there are none.</summary>
    public Query? Boosts { get; }

    /// <summary>The wanted terms and phrases on the folded field, for snippets.</summary>
    public Query Highlight { get; }
}
