using EdocMan.Search.Core.Ingestion;

namespace EdocMan.Search.Core.Tests.Ingestion;

public sealed class ExtractorRegistryTests
{
    private sealed class Scored(string name, string type, int score) : ITextExtractor
    {
        public string Name => name;

        public int Score(string contentType) => contentType == type ? score : 0;

        public string? Preflight(Stream content) => null;

        public Task<ExtractedText> ExtractAsync(Stream content, ExtractionRequest request, CancellationToken ct) =>
            Task.FromResult(new ExtractedText([]));
    }

    [Fact]
    public void The_highest_score_wins()
    {
        var registry = new ExtractorRegistry([new Scored("low", "application/pdf", 10), new Scored("high", "application/pdf", 50)]);
        Assert.Equal("high", registry.Find("application/pdf")!.Name);
    }

    [Fact]
    public void No_extractor_for_an_unknown_type()
    {
        var registry = new ExtractorRegistry([new Scored("pdf", "application/pdf", 10)]);
        Assert.Null(registry.Find("image/gif"));
    }
}
