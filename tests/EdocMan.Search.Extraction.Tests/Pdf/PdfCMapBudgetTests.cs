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

    [Fact]
    public void Wide_ranges_saturate_instead_of_wrapping_around()
    {
        const string wide = "<0000000000000000> <7FFFFFFFFFFFFFFF> <0020> ";
        Assert.Equal(long.MaxValue, PdfCMapBudget.CountRangeCodes($"3 beginbfrange {wide}{wide}{wide}endbfrange", long.MaxValue));
    }

    /// <summary>
    /// The file itself (seed 1902420173, input 6265 of the extraction fuzz test): a two-page PDF whose second
    /// font's ToUnicode data the mutation damaged (it ends in <c>&lt;066C172&gt;&lt;242&gt;</c>). It hung
    /// PdfPig for minutes; page 1 first passed the check because a damaged map (long.MaxValue codes) added
    /// to the first font's count wrapped around to a negative sum.
    /// </summary>
    [Fact]
    public async Task The_file_the_fuzz_test_found_fails_with_a_reason_instead_of_hanging()
    {
        var pdf = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "fuzz-1902420173-6265.pdf"));
        var extraction = Task.Run(() => new PdfPigTextExtractor().ExtractAsync(
            new MemoryStream(pdf), new ExtractionRequest(ContentTypes.Pdf, "fuzz.pdf"), CancellationToken.None));

        Assert.Same(extraction, await Task.WhenAny(extraction, Task.Delay(TimeSpan.FromMinutes(1))));
        var error = await Assert.ThrowsAsync<ExtractionFailedException>(() => extraction);
        Assert.Contains("Phông chữ của trang 1", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A real PDF rewritten so that its ToUnicode CMap declares a range of unequal-width bounds.</summary>
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
