using System.Net;
using System.Text;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Api.Tests.Features.Documents;

public sealed class GetPageImageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Each_page_of_a_pdf_has_an_image_the_same_on_a_second_request_and_no_page_beyond_the_last()
    {
        var client = await factory.SignedInClientAsync("binhhv");
        var upload = await client.UploadAsync("gtvt", PdfFactory.FromText(PdfFactory.LongText(pages: 2)), "hai-trang.pdf");
        var document = await client.WaitForProcessingAsync(upload.Headers.Location!.ToString());
        Assert.True(document.PageCount >= 2, $"the fixture has {document.PageCount} pages");
        var url = $"/gtvt/api/documents/{document.Id}/pages";

        var first = await client.GetAsync($"{url}/1/image");
        var firstBytes = await first.Content.ReadAsByteArrayAsync();
        var again = await client.GetByteArrayAsync($"{url}/1/image");
        var last = await client.GetAsync($"{url}/{document.PageCount}/image");
        var beyond = await client.GetAsync($"{url}/{document.PageCount + 1}/image");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/png", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PngSignature, firstBytes[..8]);
        Assert.Equal(900, PngWidth(firstBytes));
        Assert.Equal(firstBytes, again);
        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        Assert.NotEqual(firstBytes, await last.Content.ReadAsByteArrayAsync());
        await UploadErrorsTests.AssertProblemAsync(beyond, HttpStatusCode.NotFound, $"có {document.PageCount} trang");
    }

    [Fact]
    public async Task A_text_file_has_no_page_image_and_another_agency_cannot_see_one()
    {
        var clerk = await factory.SignedInClientAsync("binhhv");
        var outsider = await factory.SignedInClientAsync("chiennv");
        var text = await clerk.UploadAsync("gtvt", Encoding.UTF8.GetBytes("Thông báo lịch trực Tết Nguyên đán."), "thong-bao.txt");
        var pdf = await clerk.UploadAsync("gtvt", PdfFactory.Vietnamese(), "qd.pdf");
        var textDoc = await clerk.WaitForProcessingAsync(text.Headers.Location!.ToString());
        var pdfDoc = await clerk.WaitForProcessingAsync(pdf.Headers.Location!.ToString());

        var noImage = await clerk.GetAsync($"/gtvt/api/documents/{textDoc.Id}/pages/1/image");
        var hidden = await outsider.GetAsync($"/tttt/api/documents/{pdfDoc.Id}/pages/1/image");

        await UploadErrorsTests.AssertProblemAsync(noImage, HttpStatusCode.NotFound, "không có ảnh trang");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    // Width is the first field of the IHDR chunk, big-endian, right after the signature and chunk header.
    private static int PngWidth(byte[] png) => (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
}
