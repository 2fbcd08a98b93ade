using System.Security.Cryptography;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Search;

namespace EdocMan.Search.Core.Tests.Ingestion;

/// <summary>The orchestration alone, with in-memory fakes; the real components are tested end to end in the API tests.</summary>
public sealed partial class IngestionPipelineTests
{
    private sealed class MemoryStore : IDocumentStore
    {
        private readonly Dictionary<string, byte[]> _files = [];

        public async Task<StoredOriginal> SaveAsync(Stream content, CancellationToken ct)
        {
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy, ct);
            var sha = Convert.ToHexStringLower(SHA256.HashData(copy.ToArray()));
            _files[sha] = copy.ToArray();
            return new StoredOriginal(sha, copy.Length);
        }

        public Stream OpenRead(string sha256) => new MemoryStream(_files[sha256], writable: false);

        public bool Exists(string sha256) => _files.ContainsKey(sha256);

        public bool Delete(string sha256) => _files.Remove(sha256);
    }

    private sealed class RecordingIndex : ISearchIndex
    {
        public List<IndexDocument> Upserts { get; } = [];

        public Task UpsertAsync(IndexDocument document, CancellationToken ct)
        {
            Upserts.Add(document);
            return Task.CompletedTask;
        }

        public Task DeleteAsync(Guid id, CancellationToken ct) => Task.CompletedTask;

        public SearchResults Search(SearchQuery query) => new(0, 1, 10, []);

        public Task RefreshAsync() => Task.CompletedTask;

        public Task CommitAsync() => Task.CompletedTask;

        public bool Contains(Guid id) => Upserts.Any(u => u.Id == id);

        public IndexStats GetStats() => new(Upserts.Count, 1, "memory", Segments: 1);

        public void Dispose()
        {
        }
    }

    private sealed class TwoPages : ITextExtractor
    {
        public string Name => "two";

        public int Score(string contentType) => contentType == ContentTypes.PlainText ? 1 : 0;

        public string? Preflight(Stream content) => null;

        public Task<ExtractedText> ExtractAsync(Stream content, ExtractionRequest request, CancellationToken ct) =>
            Task.FromResult(new ExtractedText([
                new ExtractedPage(1, "Quyê\u0301t   đi\u0323nh", TextSource.TextLayer),
                new ExtractedPage(2, "sử\u00ADdụng", TextSource.TextLayer),
            ]));
    }

    private static async Task<(Document, MemoryStore)> StoredDocumentAsync(string contentType)
    {
        var store = new MemoryStore();
        var original = await store.SaveAsync(new MemoryStream("x"u8.ToArray()), CancellationToken.None);
        return (new Document
        {
            Id = Guid.NewGuid(), Title = "t", FileName = "a.txt", ContentType = contentType, Sha256 = original.Sha256,
        }, store);
    }

    [Fact]
    public async Task Pages_are_normalised_and_indexed_under_the_agency()
    {
        var (document, store) = await StoredDocumentAsync(ContentTypes.PlainText);
        var index = new RecordingIndex();
        var pipeline = new IngestionPipeline(store, new ExtractorRegistry([new TwoPages()]), index);

        var text = await pipeline.ProcessAsync(document, "tttt", ["agency:tttt"], CancellationToken.None);

        Assert.Equal(["Quyết định", "sử dụng"], text.Pages.Select(p => p.Text)); // soft hyphen gone, glued syllables split
        var entry = Assert.Single(index.Upserts);
        Assert.Equal("tttt", entry.AgencyCode);
        Assert.Equal(["agency:tttt"], entry.AccessTokens);
        Assert.Equal([1, 2], entry.Pages.Select(p => p.Number));
        Assert.Equal("Quyết định", entry.Pages[0].Text);
    }

    [Fact]
    public async Task A_type_without_extractor_fails_with_a_Vietnamese_reason()
    {
        var (document, store) = await StoredDocumentAsync("image/gif");
        var pipeline = new IngestionPipeline(store, new ExtractorRegistry([new TwoPages()]), new RecordingIndex());

        var error = await Assert.ThrowsAsync<ExtractionFailedException>(() => pipeline.ProcessAsync(document, "tttt", ["agency:tttt"], CancellationToken.None));
        Assert.Contains("Chưa hỗ trợ", error.Message);
    }
}
