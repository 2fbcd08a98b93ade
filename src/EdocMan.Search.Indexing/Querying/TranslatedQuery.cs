using Lucene.Net.Search;

namespace EdocMan.Search.Indexing.Querying;

/// <summary>
/// A user query in Lucene form: <see cref="Search"/> ranks documents (a <see cref="RankedQuery"/> when the query has
/// boosts), <see cref="Highlight"/> holds the wanted terms and phrases on the folded field, for snippets.
/// </summary>
internal sealed record TranslatedQuery(Query Search, Query Highlight)
{
    /// <summary>What a document must match to be a hit: the search without its boosts.</summary>
    public Query Required => Search is RankedQuery ranked ? ranked.Required : Search;

    /// <summary>The queries that only add to a hit's score (title, exact spelling, word pairs).</summary>
    public IReadOnlyList<Query> Boosts => Search is RankedQuery ranked ? ranked.Boosts : [];
}
