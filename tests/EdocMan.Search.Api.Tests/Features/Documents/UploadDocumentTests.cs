using System.Net;
using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Api.Features.Search;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Api.Tests.Features.Documents;

/// <summary>The foundation slice end to end: upload the seed PDF, see it indexed, find it, download it.</summary>
public sealed class UploadDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Seed_pdf_uploaded_becomes_searchable_with_and_without_diacritics_and_downloads_byte_identical()
    {
        var client = await factory.SignedInClientAsync("chiennv");
        var bytes = await File.ReadAllBytesAsync(Samples.SeedPdf);

        var response = await client.UploadAsync("tttt", bytes, "qd-31-2014.pdf", new Dictionary<string, string>
        {
            ["title"] = "Quyết định ban hành Quy chế quản lý, sử dụng phần mềm QLVB và HSCV",
            ["number"] = "31/2014/QĐ-UBND",
            ["documentType"] = "QĐ",
            ["documentDate"] = "13/11/2014",
            ["register"] = "den",
        });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/tttt/api/documents/", location);
        var accepted = await response.Content.ReadFromJsonAsync<DocumentResponse>();
        Assert.Equal("Stored", accepted!.Status);

        var document = await client.WaitForProcessingAsync(location);
        Assert.Equal("Indexed", document.Status);
        Assert.True(document.PageCount >= 5, $"expected the seed's pages, got {document.PageCount}");
        Assert.Equal(new DateOnly(2014, 11, 13), document.DocumentDate);
        Assert.Equal("application/pdf", document.ContentType);

        foreach (var query in new[] { "quy che quan ly phan mem", "quản lý văn bản và hồ sơ công việc", "Cầm Ngọc Minh" })
        {
            var results = await client.GetFromJsonAsync<SearchResponse>($"/tttt/api/search?q={Uri.EscapeDataString(query)}");
            var hit = Assert.Single(results!.Hits, h => h.Id == document.Id);
            Assert.NotEmpty(hit.Snippets);
            Assert.Contains("<mark>", hit.Snippets[0].Html);
        }

        var original = await client.GetByteArrayAsync(document.OriginalUrl);
        Assert.Equal(bytes, original);

        var text = await client.GetFromJsonAsync<DocumentTextResponse>(location + "/text");
        Assert.Equal(document.PageCount, text!.Pages.Count);
        Assert.Contains("Sơn La", text.Pages[0].Text);
    }

    [Fact]
    public async Task Same_bytes_uploaded_twice_is_a_conflict_that_links_to_the_existing_document()
    {
        var client = await factory.SignedInClientAsync("nhungtth");
        var bytes = PdfFactory.FromText("Công văn số 77/STTTT-VP về việc kiểm tra trùng lặp " + Guid.NewGuid());

        var first = await client.UploadAsync("tttt", bytes, "a.pdf");
        var second = await client.UploadAsync("tttt", bytes, "b.pdf");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<ProblemBody>();
        Assert.Equal(first.Headers.Location!.ToString(), problem!.ExistingUrl);
        Assert.Contains("đã có", problem.Detail);
    }

    [Fact]
    public async Task Plain_text_upload_is_indexed_and_its_markup_comes_back_escaped_in_snippets()
    {
        var client = await factory.SignedInClientAsync("anhdd");
        var marker = "tepthuan" + Guid.NewGuid().ToString("N")[..8];
        var text = $"Báo cáo {marker}: <script>alert('x')</script> về tình hình quản lý văn bản.";

        var response = await client.UploadAsync("tttt", System.Text.Encoding.UTF8.GetBytes(text), "bao-cao.txt");
        var document = await client.WaitForProcessingAsync(response.Headers.Location!.ToString());
        var results = await client.GetFromJsonAsync<SearchResponse>($"/tttt/api/search?q={marker}");

        Assert.Equal("Indexed", document.Status);
        var html = Assert.Single(results!.Hits).Snippets[0].Html;
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }
}

/// <summary>The ProblemDetails fields the tests read.</summary>
public sealed record ProblemBody(int Status, string Title, string Detail, string? ExistingUrl, string? DocumentUrl, Guid? DocumentId);
