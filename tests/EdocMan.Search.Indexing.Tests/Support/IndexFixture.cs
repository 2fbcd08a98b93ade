using EdocMan.Search.Core.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdocMan.Search.Indexing.Tests.Support;

/// <summary>A <see cref="LuceneSearchIndex"/> on a fresh temp folder; disposes both.</summary>
public sealed class IndexFixture : IDisposable
{
    private readonly TempIndexFolder _folder = new();

    public IndexFixture()
    {
        Index = Open();
    }

    public LuceneSearchIndex Index { get; private set; }

    public string Path => _folder.Path;

    public LuceneSearchIndex Open() => new(_folder.Path, NullLogger<LuceneSearchIndex>.Instance);

    /// <summary>Closes the index and opens the folder again, as a restart would.</summary>
    public LuceneSearchIndex Reopen()
    {
        Index.Dispose();
        Index = Open();
        return Index;
    }

    public async Task AddAsync(params IndexDocument[] documents)
    {
        foreach (var document in documents)
        {
            await Index.UpsertAsync(document, CancellationToken.None);
        }
        await Index.RefreshAsync();
    }

    public SearchResults Search(string text, params string[] agencies) => Index.Search(Docs.Query(text, agencies));

    public void Dispose()
    {
        Index.Dispose();
        _folder.Dispose();
    }
}
