using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Extraction.Pdf;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Extraction.Tests.Pdf;

public sealed class PdfCMapBudgetTests
{
    private const string RealToUnicode = """
        /CIDInit /ProcSet findresource begin 12 dict begin begincmap
        1 begincodespacerange <0000> <FFFF> endcodespacerange
        2 beginbfrange
        <0003> <0005> <0020>
        <0010> <0012> [<0041> <0042> <0043>]
        endbfrange
        1 begincidrange
        <0100> <01FF> 5
        endcidrange
        endcmap CMapName currentdict /CMap defineresource pop end end
        """;

    [Fact]
    public void Counts_the_codes_of_bf_and_cid_ranges_including_array_destinations()
    {
        Assert.Equal(3 + 3 + 256, PdfCMapBudget.CountRangeCodes(RealToUnicode, long.MaxValue));
    }

    [Theory]
    [InlineData("1 beginbfrange <00000000> <FFFFFFFF> <0020> endbfrange", 4_294_967_296L)]
    [InlineData("1 beginbfrange <FFFF> <0000> <0020> endbfrange", long.MaxValue)]
    [InlineData("2 beginbfrange <0003> <0003> <0020>\n<066C172><242><242651>", long.MaxValue)]
    [InlineData("2 beginbfrange <0003> <0004> <0020> <0010> <0010> <0041>", 3L)]
    [InlineData("1 begincidrange <0000> <FFFF> 0 endcidrange", 65_536L)]
    public void A_damaged_range_is_counted_at_its_declared_width(string cmap, long expected)
    {
        Assert.Equal(expected, PdfCMapBudget.CountRangeCodes(cmap, long.MaxValue));
    }

    [Fact]
    public void A_bound_wider_than_eight_bytes_counts_as_too_many()
    {
        Assert.Equal(long.MaxValue, PdfCMapBudget.CountRangeCodes("1 beginbfrange <00> <FFFFFFFFFFFFFFFFFF> <0020> endbfrange", long.MaxValue));
    }

    /// <summary>The 32 KB file the extraction fuzz test found (seed 1902420173, input 6265): its ToUnicode CMap
    /// declared a four-billion-code range and PdfPig expanded it for minutes. Rebuilt here from a real PDF.</summary>
    [Fact]
    public async Task A_pdf_whose_font_declares_a_four_billion_code_range_fails_at_once_with_a_reason()
    {
        var pdf = WithWideToUnicodeRange(PdfFactory.FromText(PdfFactory.VietnameseSample));
        var extractor = new PdfPigTextExtractor();

        var extraction = Task.Run(() =>
            extractor.ExtractAsync(new MemoryStream(pdf), new ExtractionRequest(ContentTypes.Pdf, "hong.pdf"), CancellationToken.None));
        // A hang guard, not a speed test: without the check PdfPig expands the range for minutes.
        Assert.Same(extraction, await Task.WhenAny(extraction, Task.Delay(TimeSpan.FromMinutes(1))));

        var error = await Assert.ThrowsAsync<ExtractionFailedException>(() => extraction);
        Assert.Contains("bảng mã ký tự bị hỏng", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Rewrites the first bfrange entry of every ToUnicode stream to span four billion codes.</summary>
    private static byte[] WithWideToUnicodeRange(byte[] pdf) => PdfStreams.RewriteFlateStreams(pdf, text =>
    {
        var at = text.IndexOf("beginbfrange", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var open = text.IndexOf('<', at);
        var close = text.IndexOf('>', text.IndexOf('<', text.IndexOf('>', open) + 1));
        return text[..open] + "<0000> <FFFF0000>" + text[(close + 1)..];
    });
}
