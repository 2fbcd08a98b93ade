using System.Diagnostics;
using System.Text;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Extraction.Pdf;
using EdocMan.Search.Testing;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace EdocMan.Search.Extraction.Tests.Pdf;

/// <summary>PDFs that are too long or empty, and the judgement of text layers over scans.</summary>
public sealed class PdfLimitsTests(ITestOutputHelper output)
{
    private static readonly ExtractionRequest Request = new(ContentTypes.Pdf, "ho-so.pdf");

    [Fact]
    public async Task A_5000_page_PDF_is_refused_quickly_at_preflight_and_extraction()
    {
        var pdf = ScannedPdf.ManyPages(5_000);
        var extractor = new PdfPigTextExtractor();

        var clock = Stopwatch.StartNew();
        var preflight = extractor.Preflight(new MemoryStream(pdf));
        var error = await Assert.ThrowsAsync<ExtractionFailedException>(
            () => extractor.ExtractAsync(new MemoryStream(pdf), Request, CancellationToken.None));

        output.WriteLine($"{pdf.Length / 1024} KiB, refused twice in {clock.ElapsedMilliseconds} ms");
        Assert.StartsWith("Tài liệu có 5000 trang, vượt quá giới hạn 2000 trang", preflight);
        Assert.Equal(preflight, error.Message);
        Assert.InRange(clock.ElapsedMilliseconds, 0, 10_000);
    }

    [Fact]
    public async Task The_page_limit_is_configurable()
    {
        var extractor = new PdfPigTextExtractor(limits: Options.Create(new ExtractionOptions { MaxPages = 5_000 }));

        var text = await extractor.ExtractAsync(new MemoryStream(ScannedPdf.ManyPages(3)), Request, CancellationToken.None);

        Assert.Equal(3, text.Pages.Count);
        Assert.Contains("Trang đầu", text.Pages[0].Text);
    }

    [Fact]
    public async Task A_PDF_with_zero_pages_fails_with_a_reason()
    {
        var pdf = ZeroPagePdf();

        var error = await Assert.ThrowsAsync<ExtractionFailedException>(
            () => new PdfPigTextExtractor().ExtractAsync(new MemoryStream(pdf), Request, CancellationToken.None));

        Assert.Contains("không có trang nào", error.Message);
        Assert.Contains("không có trang nào", new PdfPigTextExtractor().Preflight(new MemoryStream(pdf)));
    }

    [Fact]
    public async Task A_text_layer_in_the_legacy_TCVN3_encoding_is_converted_to_Unicode()
    {
        var pdf = PdfFactory.FromText("Céng hoµ x· héi chñ nghÜa ViÖt Nam\nQuyÕt ®Þnh nµy cã hiÖu lùc thi hµnh sau 10 ngµy kÓ tõ ngµy ký.");

        var page = Assert.Single((await new PdfPigTextExtractor().ExtractAsync(new MemoryStream(pdf), Request, CancellationToken.None)).Pages);

        Assert.Contains("Cộng hoà xã hội chủ nghĩa Việt Nam", page.Text);
        Assert.Contains("Quyết định này có hiệu lực thi hành", VietnameseText.Collapse(page.Text));
    }

    [Theory]
    [InlineData("ceNG HoA x,l ugr cnu NGHIA VIET NAM Doc lap Tu do Hanh phuc QUYET DINH ve viec ban hanh", false)]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc QUYẾT ĐỊNH về việc ban hành", true)]
    [InlineData("SAO Y BẢN CHÍNH Thời gian ký: 14/11/2014", true)]
    [InlineData("12/2014 - 15 - 2015", false)]
    public void Reads_as_Vietnamese_by_the_share_of_words_with_diacritics(string text, bool expected)
    {
        Assert.Equal(expected, TextLayerJudge.ReadsAsVietnamese(text));
    }

    [Fact]
    public void A_short_stamp_over_a_scan_is_not_a_usable_page_text()
    {
        Assert.False(TextLayerJudge.IsUsableOverImage("SAO Y BẢN CHÍNH\nThời gian ký: 14/11/2014 08:30"));
        Assert.True(TextLayerJudge.IsUsableOverImage(string.Concat(Enumerable.Repeat("Điều 1. Phê duyệt kế hoạch số hóa. ", 10))));
    }

    /// <summary>A well-formed PDF whose page tree is empty (/Count 0), with a correct cross-reference table.</summary>
    private static byte[] ZeroPagePdf()
    {
        var objects = new[] { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>" };
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => pdf.Append($"{o:D10} 00000 n \n"));
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
