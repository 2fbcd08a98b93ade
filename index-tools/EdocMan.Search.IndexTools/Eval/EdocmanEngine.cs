using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Core.Text;
using EdocMan.Search.Indexing;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdocMan.Search.IndexTools.Eval;

/// <summary>
/// This system's chain end to end: each article goes through <see cref="VietnameseTextRepair"/> as
/// ingestion would, into a real <see cref="LuceneSearchIndex"/> (temporary folder), and each query
/// through the real parser and query builder via <see cref="ISearchIndex.Search"/>.
/// </summary>
internal sealed class EdocmanEngine : IRetrievalEngine
{
    private const string Token = "eval";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "edocman-eval-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<Guid, string> _keys = [];
    private readonly LuceneSearchIndex _index;

    public EdocmanEngine()
    {
        _index = new LuceneSearchIndex(_folder, NullLogger<LuceneSearchIndex>.Instance);
    }

    public string Name => "edocman";

    public void Index(IReadOnlyList<Article> articles)
    {
        foreach (var article in articles)
        {
            var id = Guid.NewGuid();
            _keys[id] = article.Key;
            var text = VietnameseTextRepair.Repair(article.Text);
            var title = text.Split('\n', 2)[0];
            var entry = new IndexDocument(id, Token, RegisterKind.Internal, title, null, null, null, null, null,
                DateTimeOffset.UnixEpoch, string.Empty, [new IndexPage(1, text)], [Token]);
            _index.UpsertAsync(entry, CancellationToken.None).GetAwaiter().GetResult();
        }
        _index.RefreshAsync().GetAwaiter().GetResult();
    }

    public IReadOnlyList<string> Search(string query, int k) =>
        _index.Search(new SearchQuery(query, [Token], 1, k)).Hits.Select(h => _keys[h.Id]).ToList();

    public void Dispose()
    {
        _index.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
