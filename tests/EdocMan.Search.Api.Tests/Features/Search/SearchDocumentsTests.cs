using System.Net;
using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Search;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Api.Tests.Features.Search;

public sealed class SearchDocumentsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task An_official_finds_only_documents_of_their_own_agency()
    {
        var gtvt = await factory.SignedInClientAsync("binhhv");
        var tttt = await factory.SignedInClientAsync("chiennv");
        var marker = "duongbo" + Guid.NewGuid().ToString("N")[..8];
        var upload = await gtvt.UploadAsync("gtvt", PdfFactory.FromText($"Sửa chữa mặt đường Quốc lộ 6, mã {marker}."), "qd6.pdf");
        var document = await gtvt.WaitForProcessingAsync(upload.Headers.Location!.ToString());
        Assert.Equal("Indexed", document.Status);

        var own = await gtvt.GetFromJsonAsync<SearchResponse>($"/gtvt/api/search?q={marker}");
        var other = await tttt.GetFromJsonAsync<SearchResponse>($"/tttt/api/search?q={marker}");

        Assert.Equal(1, own!.Total);
        Assert.Equal(0, other!.Total);
        Assert.Empty(other.Hits);
        // Nor by asking for the other agency's route, nor for the document by id.
        Assert.Equal(HttpStatusCode.Forbidden, (await tttt.GetAsync($"/gtvt/api/search?q={marker}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tttt.GetAsync(upload.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tttt.GetAsync($"/tttt/api/documents/{document.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tttt.GetAsync($"/tttt/api/documents/{document.Id}/original")).StatusCode);
    }

    [Fact]
    public async Task Results_are_paged_with_the_total_of_all_matches()
    {
        var client = await factory.SignedInClientAsync("thanglv");
        var marker = "trang" + Guid.NewGuid().ToString("N")[..8];
        for (var i = 1; i <= 3; i++)
        {
            var r = await client.UploadAsync("maison", PdfFactory.FromText($"Thông báo số {i}/TB-UBND lịch tiếp công dân {marker}."), $"tb{i}.pdf");
            Assert.Equal("Indexed", (await client.WaitForProcessingAsync(r.Headers.Location!.ToString())).Status);
        }

        var page1 = await client.GetFromJsonAsync<SearchResponse>($"/maison/api/search?q={marker}&pageSize=2");
        var page2 = await client.GetFromJsonAsync<SearchResponse>($"/maison/api/search?q={marker}&pageSize=2&page=2");

        Assert.Equal(3, page1!.Total);
        Assert.Equal(2, page1.Hits.Count);
        Assert.Single(page2!.Hits);
        Assert.DoesNotContain(page2.Hits[0].Id, page1.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task A_search_says_how_long_the_index_took_in_Server_Timing()
    {
        var client = await factory.SignedInClientAsync("thanglv");

        using var response = await client.GetAsync("/maison/api/search?q=th%C3%B4ng+b%C3%A1o");

        response.EnsureSuccessStatusCode();
        var header = Assert.Single(response.Headers.GetValues("Server-Timing"));
        Assert.Matches(@"^search;dur=\d+\.\d$", header);
        // A refused search never reached the index, so it says nothing.
        using var refused = await client.GetAsync("/maison/api/search?q=");
        Assert.False(refused.Headers.Contains("Server-Timing"));
    }

    // The cause of the paging test's old flake: ingestion's glued-syllable repair stored about 7 % of its
    // random markers ("trang" + 8 hex digits) split ("trang 2 e 14 a 810"), and the query, not repaired,
    // asked for one token. Here with a code that is always split.
    [Fact]
    public async Task A_code_typed_as_the_document_writes_it_finds_the_document()
    {
        var client = await factory.SignedInClientAsync("thanglv");
        var code = $"trang2e14a{Random.Shared.Next(100_000, 1_000_000)}";
        var upload = await client.UploadAsync("maison", PdfFactory.FromText($"Thông báo lịch tiếp công dân, mã {code}."), "tb-ma.pdf");
        var document = await client.WaitForProcessingAsync(upload.Headers.Location!.ToString());
        Assert.Equal("Indexed", document.Status);

        var results = await client.GetFromJsonAsync<SearchResponse>($"/maison/api/search?q={code}");

        Assert.Equal(document.Id, Assert.Single(results!.Hits).Id);
    }

    [Theory]
    [InlineData("\"quản lý")]
    [InlineData("AND")]
    [InlineData("-")]
    [InlineData("*")]
    [InlineData("/2007/")]
    [InlineData("64/2007/NĐ-CP")]
    [InlineData("quy~2 [a TO")]
    [InlineData("\\")]
    [InlineData("((((")]
    [InlineData("%00%ff")]
    public async Task Malformed_queries_never_fail_the_server(string query)
    {
        var client = await factory.SignedInClientAsync("soncv");
        var response = await client.GetAsync($"/tpsonla/api/search?q={Uri.EscapeDataString(query)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Empty_overlong_or_badly_paged_queries_are_400_with_a_message()
    {
        var client = await factory.SignedInClientAsync("soncv");
        var empty = await client.GetAsync("/tpsonla/api/search?q=%20");
        var overlong = await client.GetAsync($"/tpsonla/api/search?q={new string('a', 10_000)}");
        var badPage = await client.GetAsync("/tpsonla/api/search?q=a&page=0");

        await Documents.UploadErrorsTests.AssertProblemAsync(empty, HttpStatusCode.BadRequest, "Hãy nhập");
        await Documents.UploadErrorsTests.AssertProblemAsync(overlong, HttpStatusCode.BadRequest, "quá dài");
        await Documents.UploadErrorsTests.AssertProblemAsync(badPage, HttpStatusCode.BadRequest, "Trang");
    }
}
