using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;

namespace EdocMan.Search.Core.Tests.Ingestion;

// The searchable PDF of a scan: made only when every page was OCR'd, never failing the document.
public sealed partial class IngestionPipelineTests
{
    /// <summary>
    /// OCRs <c>pages</c> pages, handing the one-page PDF of those in <c>scanned</c> to the pipeline (none, with a
    /// reason, for page <c>failed</c>).
    /// </summary>
    private sealed class Scanner(int pages, params int[] scanned) : ITextExtractor
    {
        public int Failed { get; init; }

        public string Name => "scanner";

        public int Score(string contentType) => contentType == ContentTypes.Png ? 1 : 0;

        public string? Preflight(Stream content) => null;

        public Task<ExtractedText> ExtractAsync(Stream content, ExtractionRequest request, CancellationToken ct)
        {
            for (var n = 1; n <= pages; n++)
            {
                request.Progress?.Report(new PageProgress(n, pages));
                if (scanned.Contains(n))
                {
                    request.ScannedPage?.Invoke(n == Failed
                        ? new ScannedPagePdf(n, null, "không tạo được trang PDF.")
                        : new ScannedPagePdf(n, [.. "%PDF-page"u8, (byte)n]));
                }
            }
            return Task.FromResult(new ExtractedText([.. Enumerable.Range(1, pages)
                .Select(n => new ExtractedPage(n, $"Trang {n}", TextSource.Ocr, 90))]));
        }
    }

    private sealed class FakeMaker(int maxPages, bool fail = false) : ISearchablePdfMaker
    {
        public List<(SpooledPagePdf Page, byte[] Bytes)> Received { get; } = [];

        public int MaxPages => maxPages;

        public Task<byte[]> MakeAsync(IReadOnlyList<SpooledPagePdf> pages, CancellationToken ct)
        {
            Received.AddRange(pages.Select(p => (p, File.ReadAllBytes(p.Path))));
            return fail ? throw new ExtractionFailedException("Trang 1: hết giờ.") : Task.FromResult("%PDF-searchable"u8.ToArray());
        }
    }

    [Fact]
    public async Task A_scan_gets_a_searchable_PDF_in_the_store_made_from_its_spooled_pages()
    {
        var (document, store) = await StoredDocumentAsync(ContentTypes.Png);
        var maker = new FakeMaker(10);
        var pipeline = new IngestionPipeline(store, new ExtractorRegistry([new Scanner(2, 1, 2)]), new RecordingIndex(), maker);

        var text = await pipeline.ProcessAsync(document, "tttt", [], CancellationToken.None);

        Assert.NotNull(text.SearchablePdf);
        Assert.Equal("%PDF-searchable"u8.ToArray(), ReadAll(store.OpenRead(text.SearchablePdf.Sha256)));
        Assert.Equal([1, 2], maker.Received.Select(r => r.Page.Number));
        Assert.Equal([[.. "%PDF-page"u8, 1], [.. "%PDF-page"u8, 2]], maker.Received.Select(r => r.Bytes));
        Assert.All(maker.Received, r => Assert.False(File.Exists(r.Page.Path))); // the spool is cleaned up
    }

    [Fact]
    public async Task A_page_whose_PDF_could_not_be_rendered_costs_the_searchable_PDF_with_the_reason_not_the_document()
    {
        var (document, store) = await StoredDocumentAsync(ContentTypes.Png);
        var index = new RecordingIndex();
        var maker = new FakeMaker(10);
        var pipeline = new IngestionPipeline(store, new ExtractorRegistry([new Scanner(2, 1, 2) { Failed = 2 }]), index, maker);

        var text = await pipeline.ProcessAsync(document, "tttt", [], CancellationToken.None);

        Assert.Null(text.SearchablePdf);
        Assert.Equal("Trang 2: không tạo được trang PDF.", text.SearchablePdfProblem);
        Assert.Empty(maker.Received);
        Assert.Single(index.Upserts);
    }

    [Theory]
    [InlineData(10, new[] { 1, 3 })] // a mixed document: page 2 had a text layer
    [InlineData(2, new[] { 1, 2, 3 })] // longer than the maker takes
    public async Task A_mixed_or_too_long_document_gets_none(int maxPages, int[] scanned)
    {
        var (document, store) = await StoredDocumentAsync(ContentTypes.Png);
        var maker = new FakeMaker(maxPages);
        var pipeline = new IngestionPipeline(store, new ExtractorRegistry([new Scanner(3, scanned)]), new RecordingIndex(), maker);

        var text = await pipeline.ProcessAsync(document, "tttt", [], CancellationToken.None);

        Assert.Null(text.SearchablePdf);
        Assert.Empty(maker.Received);
    }

    [Fact]
    public async Task A_failed_searchable_PDF_is_reported_and_the_document_is_still_indexed()
    {
        var (document, store) = await StoredDocumentAsync(ContentTypes.Png);
        var index = new RecordingIndex();
        var pipeline = new IngestionPipeline(store, new ExtractorRegistry([new Scanner(1, 1)]), index, new FakeMaker(10, fail: true));

        var text = await pipeline.ProcessAsync(document, "tttt", [], CancellationToken.None);

        Assert.Null(text.SearchablePdf);
        Assert.Equal("Trang 1: hết giờ.", text.SearchablePdfProblem);
        Assert.Single(index.Upserts);
    }

    [Fact]
    public async Task Progress_reaches_the_extractor()
    {
        var (document, store) = await StoredDocumentAsync(ContentTypes.Png);
        var reports = new List<PageProgress>();
        var pipeline = new IngestionPipeline(store, new ExtractorRegistry([new Scanner(2)]), new RecordingIndex());

        await pipeline.ProcessAsync(document, "tttt", [], new Recorder(reports), CancellationToken.None);

        Assert.Equal([new PageProgress(1, 2), new PageProgress(2, 2)], reports);
    }

    private sealed class Recorder(List<PageProgress> reports) : IProgress<PageProgress>
    {
        public void Report(PageProgress value) => reports.Add(value);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using (stream)
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
