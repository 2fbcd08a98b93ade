using System.Net;
using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Api.Features.Search;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Api.Tests.Ingestion;

/// <summary>
/// Scanned paper end to end: a page image and an image-only PDF are uploaded, OCR'd by the background
/// worker and found by words that exist only in their pictures; a file with no readable text ends Failed
/// with its reason and the worker goes on with the next upload.
/// </summary>
[Trait("Category", "Ocr")]
public sealed class ScannedIntakeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly TimeSpan OcrTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_scanned_page_image_and_a_scanned_PDF_are_found_by_words_only_their_OCR_knows()
    {
        var client = await factory.SignedInClientAsync("chiennv");
        var imagePng = Scan("Biên bản kiểm tra hiện trường tại xã Chiềng Khoong, huyện Sông Mã.");
        var pdfPng = Scan("Tờ trình về việc sửa chữa trường học tại bản Phiêng Khoài, huyện Yên Châu.");
        var scannedPdf = ScannedPdf.FromImages(new ScannedPdf.Page(pdfPng));

        var image = await client.UploadAsync("tttt", imagePng, "bien-ban-quet.png");
        var pdf = await client.UploadAsync("tttt", scannedPdf, "to-trinh-quet.pdf");
        Assert.Equal(HttpStatusCode.Accepted, image.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, pdf.StatusCode);

        var imageDocument = await client.WaitForProcessingAsync(image.Headers.Location!.ToString(), OcrTimeout);
        var pdfDocument = await client.WaitForProcessingAsync(pdf.Headers.Location!.ToString(), OcrTimeout);
        Assert.Equal(("Indexed", 1), (imageDocument.Status, imageDocument.PageCount));
        Assert.Equal(("Indexed", 1), (pdfDocument.Status, pdfDocument.PageCount));

        Assert.Equal(imageDocument.Id, await FindOnlyAsync(client, "chieng khoong"));
        Assert.Equal(pdfDocument.Id, await FindOnlyAsync(client, "Phiêng Khoài"));
        var text = await client.GetFromJsonAsync<DocumentTextResponse>(pdf.Headers.Location + "/text");
        Assert.Contains("sửa chữa trường học", text!.Pages[0].Text);
    }

    [Fact]
    public async Task An_image_without_text_ends_Failed_with_its_reason_and_the_next_upload_is_still_indexed()
    {
        var client = await factory.SignedInClientAsync("nhungtth");
        var blank = PdfRasterizer.FirstPage(PdfFactory.FromText(" "), PdfRasterizer.Format.Png, 100);

        var bad = await client.UploadAsync("tttt", blank, "trang-trang.png");
        var good = await client.UploadAsync("tttt", Scan("Công văn đôn đốc nộp báo cáo của xã Mường Bám."), "cong-van-quet.png");

        var failed = await client.WaitForProcessingAsync(bad.Headers.Location!.ToString(), OcrTimeout);
        var indexed = await client.WaitForProcessingAsync(good.Headers.Location!.ToString(), OcrTimeout);
        Assert.Equal("Failed", failed.Status);
        Assert.Contains("Không nhận dạng được chữ nào", failed.FailureReason);
        Assert.Equal(blank, await client.GetByteArrayAsync(failed.OriginalUrl)); // the original is kept
        Assert.Equal("Indexed", indexed.Status);
        Assert.Equal(indexed.Id, await FindOnlyAsync(client, "muong bam"));
    }

    /// <summary>A "scan": the text rendered to PDF with a real font, rasterised at 300 dpi, cropped to the text block.</summary>
    private static byte[] Scan(string text) =>
        PdfRasterizer.FirstPage(PdfFactory.FromText(text), PdfRasterizer.Format.Png, 300, (250, 170, 2150, 400));

    private static async Task<Guid> FindOnlyAsync(HttpClient client, string query)
    {
        var results = await client.GetFromJsonAsync<SearchResponse>($"/tttt/api/search?q={Uri.EscapeDataString(query)}");
        return Assert.Single(results!.Hits).Id;
    }
}
