using System.Net;
using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Testing;
using UglyToad.PdfPig;

namespace EdocMan.Search.Api.Tests.Ingestion;

/// <summary>
/// Scanned arrivals get a searchable PDF beside their untouched original: the scan with the OCR'd text
/// as an invisible layer, downloadable under the original's visibility rules; born-digital PDFs have none.
/// </summary>
[Trait("Category", "Ocr")]
public sealed class SearchablePdfTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly TimeSpan OcrTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_scanned_image_and_an_image_only_PDF_get_a_searchable_PDF_and_keep_their_originals()
    {
        var client = await factory.SignedInClientAsync("chiennv");
        var png = Scan("Thông báo lịch tiếp công dân của Ủy ban nhân dân huyện Thuận Châu.");
        var scannedPdf = ScannedPdf.FromImages(new ScannedPdf.Page(Scan("Giấy mời họp giao ban tại xã Chiềng Pấc.")));

        var image = await client.UploadAsync("tttt", png, "thong-bao-quet.png");
        var pdf = await client.UploadAsync("tttt", scannedPdf, "giay-moi-quet.pdf");
        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (image.StatusCode, pdf.StatusCode));

        var scannedImage = await AssertSearchableAsync(client, image.Headers.Location!.ToString(), png, "lịch tiếp công dân");
        var page = await client.GetStringAsync($"/tttt/van-ban/{scannedImage.Id}");
        Assert.Contains($"href=\"{scannedImage.SearchablePdfUrl}\"", page);
        Assert.Contains("Bản PDF có lớp chữ (tìm kiếm được)", page);
        var document = await AssertSearchableAsync(client, pdf.Headers.Location!.ToString(), scannedPdf, "họp giao ban");

        // Someone who may not see the document gets the same "not found" as for its original.
        var outsider = await factory.SignedInClientAsync("tuanvm");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/gtvt/api/documents/{document.Id}/original")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/gtvt/api/documents/{document.Id}/searchable-pdf")).StatusCode);
    }

    [Fact]
    public async Task A_scan_with_a_blank_back_page_keeps_the_pages_note_and_still_gets_a_two_page_searchable_PDF()
    {
        var client = await factory.SignedInClientAsync("chiennv");
        var blank = PdfRasterizer.FirstPage(PdfFactory.FromText(" "), PdfRasterizer.Format.Png, 100);
        var scan = ScannedPdf.FromImages(
            new ScannedPdf.Page(Scan("Quyết định phê duyệt dự toán tại xã Tông Lệnh.")), new ScannedPdf.Page(blank));

        var upload = await client.UploadAsync("tttt", scan, "quyet-dinh-hai-mat.pdf");
        var document = await client.WaitForProcessingAsync(upload.Headers.Location!.ToString(), OcrTimeout);

        Assert.Equal("Indexed", document.Status);
        var text = await client.GetFromJsonAsync<DocumentTextResponse>(upload.Headers.Location + "/text");
        Assert.Null(text!.Pages[0].Note);
        Assert.NotNull(text.Pages[1].Note);
        var page = await client.GetStringAsync($"/tttt/van-ban/{document.Id}");
        Assert.Contains("class=\"page-note\"", page);
        using var pdf = PdfDocument.Open(await client.GetByteArrayAsync(document.SearchablePdfUrl));
        Assert.Equal(2, pdf.NumberOfPages);
    }

    [Fact]
    public async Task A_document_with_a_text_layer_has_no_searchable_PDF()
    {
        var owner = await factory.SignedInClientAsync("chiennv");
        var upload = await owner.UploadAsync("tttt", PdfFactory.FromText("Kế hoạch tổ chức hội nghị tổng kết năm."), "ke-hoach.pdf");
        var document = await owner.WaitForProcessingAsync(upload.Headers.Location!.ToString(), OcrTimeout);

        Assert.Equal("Indexed", document.Status);
        Assert.Null(document.SearchablePdfUrl);
        var missing = await owner.GetAsync(upload.Headers.Location + "/searchable-pdf");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static async Task<DocumentResponse> AssertSearchableAsync(HttpClient client, string url, byte[] original, string phrase)
    {
        var document = await client.WaitForProcessingAsync(url, OcrTimeout);
        Assert.Equal("Indexed", document.Status);
        Assert.Equal($"{url}/searchable-pdf", document.SearchablePdfUrl);

        var searchable = await client.GetAsync(document.SearchablePdfUrl);
        Assert.Equal(HttpStatusCode.OK, searchable.StatusCode);
        Assert.Equal("application/pdf", searchable.Content.Headers.ContentType?.MediaType);
        using (var pdf = PdfDocument.Open(await searchable.Content.ReadAsByteArrayAsync()))
        {
            var layer = VietnameseText.Collapse(string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
            Assert.Contains(phrase, layer);
        }
        Assert.Equal(original, await client.GetByteArrayAsync(document.OriginalUrl));
        return document;
    }

    private static byte[] Scan(string text) =>
        PdfRasterizer.FirstPage(PdfFactory.FromText(text), PdfRasterizer.Format.Png, 300, (250, 170, 2150, 400));
}
