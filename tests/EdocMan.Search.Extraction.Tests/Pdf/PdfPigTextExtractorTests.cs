using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Extraction.Pdf;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Extraction.Tests.Pdf;

public sealed partial class PdfPigTextExtractorTests
{
    private static readonly ExtractionRequest Request = new(ContentTypes.Pdf, "van-ban.pdf");
    private readonly PdfPigTextExtractor _extractor = new();

    private Task<ExtractedText> Extract(byte[] pdf, CancellationToken ct = default) =>
        _extractor.ExtractAsync(new MemoryStream(pdf), Request, ct);

    [Fact]
    public void Claims_PDF_only()
    {
        Assert.Equal("pdfpig", _extractor.Name);
        Assert.True(_extractor.Score(ContentTypes.Pdf) > 0);
        Assert.Equal(0, _extractor.Score(ContentTypes.Png));
        Assert.Equal(0, _extractor.Score(ContentTypes.PlainText));
    }

    [Fact]
    public async Task Reads_back_Vietnamese_text_rendered_by_TextPdfRenderer()
    {
        var text = await Extract(PdfFactory.Vietnamese());

        var page = Assert.Single(text.Pages);
        Assert.Equal(1, page.Number);
        Assert.Equal(TextSource.TextLayer, page.Source);
        Assert.Null(page.Confidence);
        Assert.Equal(VietnameseText.Collapse(PdfFactory.VietnameseSample), VietnameseText.Collapse(page.Text));
        Assert.Contains("Số: 31/2014/QĐ-UBND", page.Text);
        Assert.Contains("bồi dưỡng", page.Text);
    }

    [Fact]
    public async Task Keeps_lines_apart()
    {
        var text = await Extract(PdfFactory.Vietnamese());

        // page.Text would glue "SƠN LA" to "Số:"; the content-order extractor keeps the line break.
        Assert.Contains("TỈNH SƠN LA\nSố: 31/2014/QĐ-UBND", text.Pages[0].Text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Numbers_pages_of_a_long_document_in_order()
    {
        var source = PdfFactory.LongText(pages: 3);

        var text = await Extract(PdfFactory.FromText(source));

        Assert.True(text.Pages.Count >= 3);
        Assert.Equal(Enumerable.Range(1, text.Pages.Count), text.Pages.Select(p => p.Number));
        Assert.Equal(VietnameseText.Collapse(source), VietnameseText.Collapse(text.FullText));
    }

    [Theory]
    [InlineData("cv-1245-sgtvt-qlgt")]
    [InlineData("kh-86-stttt")]
    [InlineData("tb-35-ubnd-mai-son")]
    public async Task Committed_samples_extract_to_their_source_text(string sample)
    {
        var expected = await File.ReadAllTextAsync(Samples.Path(sample + ".txt"));
        await using var pdf = File.OpenRead(Samples.Path(sample + ".pdf"));

        var text = await _extractor.ExtractAsync(pdf, Request, CancellationToken.None);

        Assert.Equal(VietnameseText.Collapse(expected), VietnameseText.Collapse(text.FullText));
    }

    [Fact]
    public async Task The_seed_regulation_has_seven_pages_of_text_with_its_glued_syllables()
    {
        await using var pdf = File.OpenRead(Samples.SeedPdf);

        var text = await _extractor.ExtractAsync(pdf, Request, CancellationToken.None);

        Assert.Equal(7, text.Pages.Count);
        Assert.All(text.Pages, p => Assert.False(string.IsNullOrWhiteSpace(p.Text)));
        Assert.StartsWith("ỦY BAN NHÂN DÂN", text.Pages[0].Text);
        Assert.Contains("Số: 31/2014/QĐ-UBND", text.Pages[0].Text);
        Assert.Contains("sửdụng", text.FullText);
        Assert.Contains("Cầm Ngọc Minh", text.FullText);
    }

    [Fact]
    public async Task A_page_without_text_layer_comes_back_empty_without_failing_the_document()
    {
        var pdf = PdfFactory.WithPageWithoutText(PdfFactory.Vietnamese());

        var text = await Extract(pdf);

        Assert.Equal(2, text.Pages.Count);
        Assert.Contains("QUYẾT ĐỊNH", text.Pages[0].Text);
        Assert.Equal(string.Empty, text.Pages[1].Text);
        Assert.Equal(TextSource.TextLayer, text.Pages[1].Source);
    }

    [Fact]
    public async Task An_owner_password_alone_does_not_stop_extraction()
    {
        var pdf = PdfFactory.OwnerPasswordOnly(PdfFactory.Vietnamese());

        var text = await Extract(pdf);

        Assert.Null(_extractor.Preflight(new MemoryStream(pdf)));
        Assert.Contains("Số: 31/2014/QĐ-UBND", text.Pages[0].Text);
    }

    [Fact]
    public async Task Reads_a_forward_only_stream()
    {
        var text = await _extractor.ExtractAsync(TestStreams.NonSeekable(PdfFactory.Vietnamese()), Request, CancellationToken.None);

        Assert.Contains("QUYẾT ĐỊNH", text.Pages[0].Text);
    }

    [Fact]
    public async Task Reads_a_seekable_stream_from_its_start_and_leaves_it_open_where_it_was()
    {
        var stream = new MemoryStream(PdfFactory.Vietnamese()) { Position = 100 };

        var text = await _extractor.ExtractAsync(stream, Request, CancellationToken.None);

        Assert.Contains("QUYẾT ĐỊNH", text.Pages[0].Text);
        Assert.True(stream.CanRead);
        Assert.Equal(100, stream.Position);
    }

    [Fact]
    public async Task A_cancelled_token_stops_extraction()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Extract(PdfFactory.Vietnamese(), cancelled.Token));
    }

    [Fact]
    public async Task Extracts_concurrently()
    {
        var pdf = PdfFactory.Vietnamese();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Extract(pdf))));

        Assert.All(results, r => Assert.Contains("Số: 31/2014/QĐ-UBND", r.Pages[0].Text));
    }
}
