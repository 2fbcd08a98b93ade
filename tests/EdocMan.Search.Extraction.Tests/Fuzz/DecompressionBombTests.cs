using System.Diagnostics;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Extraction.Office;
using EdocMan.Search.Extraction.Pdf;
using EdocMan.Search.Testing.Hostile;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.Extraction.Tests.Fuzz;

/// <summary>A few hundred KB that inflate to tens of MB are refused in well under a second, with a reason.</summary>
public sealed class DecompressionBombTests
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(" ")]
    [InlineData("q Q ")]
    [InlineData("(a) Tj ")]
    public async Task A_pdf_page_whose_content_inflates_past_the_budget_is_refused(string filler)
    {
        var bomb = HostileFormats.PdfFlateBomb(24L << 20, filler);
        var extractor = new PdfPigTextExtractor();
        var watch = Stopwatch.StartNew();

        var reason = extractor.Preflight(new MemoryStream(bomb));
        var error = await Assert.ThrowsAsync<ExtractionFailedException>(() =>
            extractor.ExtractAsync(new MemoryStream(bomb), new ExtractionRequest(ContentTypes.Pdf, "bom.pdf"), CancellationToken.None));

        Assert.True(watch.Elapsed < Quickly, $"took {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.StartsWith("Trang 1 có nội dung giải nén quá lớn", reason);
        Assert.Equal(reason, error.Message);
    }

    [Fact]
    public async Task A_pdf_under_the_budget_still_reads()
    {
        var pdf = HostileFormats.PdfFlateBomb(1L << 20);
        var extractor = new PdfPigTextExtractor(limits: Options.Create(new ExtractionOptions { MaxPageContentBytes = 2L << 20 }));

        var text = await extractor.ExtractAsync(new MemoryStream(pdf), new ExtractionRequest(ContentTypes.Pdf, "nho.pdf"), CancellationToken.None);

        Assert.Null(extractor.Preflight(new MemoryStream(pdf)));
        Assert.Contains("Van ban thu bom nen", text.Pages[0].Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_docx_whose_xml_inflates_past_the_limit_is_refused(bool manyParagraphs)
    {
        var bomb = HostileFormats.DocxBomb(DocxTextExtractor.MaxXmlBytes + (1 << 20), manyParagraphs);
        var extractor = new DocxTextExtractor();
        var watch = Stopwatch.StartNew();

        var reason = extractor.Preflight(new MemoryStream(bomb));
        var error = await Assert.ThrowsAsync<ExtractionFailedException>(() =>
            extractor.ExtractAsync(new MemoryStream(bomb), new ExtractionRequest(ContentTypes.Docx, "bom.docx"), CancellationToken.None));

        Assert.True(watch.Elapsed < Quickly, $"took {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(DocxTextExtractor.TooLargeReason, reason);
        Assert.Equal(DocxTextExtractor.TooLargeReason, error.Message);
    }

    [Fact]
    public async Task A_docx_bomb_that_declares_small_sizes_is_refused_too()
    {
        var bomb = HostileFormats.LyingSizes(HostileFormats.DocxBomb(DocxTextExtractor.MaxXmlBytes + (8 << 20), manyParagraphs: false));
        var extractor = new DocxTextExtractor();
        var watch = Stopwatch.StartNew();

        var reason = extractor.Preflight(new MemoryStream(bomb));
        var error = await Assert.ThrowsAsync<ExtractionFailedException>(() =>
            extractor.ExtractAsync(new MemoryStream(bomb), new ExtractionRequest(ContentTypes.Docx, "bom.docx"), CancellationToken.None));

        Assert.True(watch.Elapsed < Quickly, $"took {watch.Elapsed.TotalSeconds:0.0} s");
        // Refused as too large when the reader follows the real stream, as damaged if it notices the lie first.
        Assert.Contains(reason, new[] { DocxTextExtractor.TooLargeReason, DocxTextExtractor.UnreadableReason });
        Assert.Contains(error.Message, new[] { DocxTextExtractor.TooLargeReason, DocxTextExtractor.UnreadableReason });
    }
}
