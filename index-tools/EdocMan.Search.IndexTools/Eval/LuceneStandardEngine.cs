using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace EdocMan.Search.IndexTools.Eval;

/// <summary>Baseline: Lucene's StandardAnalyzer and classic BM25, the query's words OR-ed by the classic parser.</summary>
internal sealed class LuceneStandardEngine : IRetrievalEngine
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly RAMDirectory _directory = new();
    private readonly StandardAnalyzer _analyzer = new(Version);
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    public string Name => "lucene-standard";

    public void Index(IReadOnlyList<Article> articles)
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var article in articles)
            {
                writer.AddDocument(new Document
                {
                    new StringField("key", article.Key, Field.Store.YES),
                    new TextField("body", article.Text, Field.Store.NO),
                });
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        BooleanQuery.MaxClauseCount = Math.Max(BooleanQuery.MaxClauseCount, 4096);
    }

    public IReadOnlyList<string> Search(string query, int k)
    {
        var parser = new QueryParser(Version, "body", _analyzer) { DefaultOperator = Operator.OR };
        Query parsed;
        try
        {
            parsed = parser.Parse(QueryParserBase.Escape(query));
        }
        catch (ParseException)
        {
            return [];
        }
        var top = _searcher!.Search(parsed, k);
        return top.ScoreDocs.Select(sd => _searcher.Doc(sd.Doc).Get("key")).ToList();
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
