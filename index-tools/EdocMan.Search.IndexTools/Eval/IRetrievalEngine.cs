namespace EdocMan.Search.IndexTools.Eval;

/// <summary>A search engine under evaluation: it indexes a corpus once, then ranks article keys per query.</summary>
internal interface IRetrievalEngine : IDisposable
{
    /// <summary>The name printed in the results (edocman, lucene-standard, sqlite-fts5).</summary>
    string Name { get; }

    void Index(IReadOnlyList<Article> articles);

    /// <summary>The keys of the best <paramref name="k"/> articles, best first.</summary>
    IReadOnlyList<string> Search(string query, int k);
}
