using Lucene.Net.Search;

namespace EdocMan.Search.Indexing.Querying;

/// <summary>
/// A user query in Lucene form: <see cref="Search"/> ranks documents, <see cref="Highlight"/>
/// holds the wanted terms and phrases on the folded field, for snippets.
/// </summary>
internal sealed record TranslatedQuery(Query Search, Query Highlight);
