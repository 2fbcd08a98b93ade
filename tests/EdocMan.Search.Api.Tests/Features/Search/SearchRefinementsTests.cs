using System.Net;
using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Search;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Api.Tests.Features.Search;

/// <summary>Sorting, date and type filters, field filters typed in the query, facets and "did you mean".</summary>
public sealed class SearchRefinementsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>A word of lower-case letters that no other test uses.</summary>
    internal static string Marker(string prefix) =>
        prefix + new string(Guid.NewGuid().ToString("N")[..8].Select(c => char.IsDigit(c) ? (char)('g' + (c - '0')) : c).ToArray());

    internal static async Task<Guid> UploadAsync(HttpClient client, string agency, string text, Dictionary<string, string>? fields = null)
    {
        var response = await client.UploadAsync(agency, PdfFactory.FromText(text), $"{Guid.NewGuid():N}.pdf", fields);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var document = await client.WaitForProcessingAsync(response.Headers.Location!.ToString());
        Assert.Equal("Indexed", document.Status);
        return document.Id;
    }

    private static Dictionary<string, string> Meta(string type, string date, string signer) =>
        new() { ["documentType"] = type, ["documentDate"] = date, ["signer"] = signer, ["title"] = $"Văn bản {type} {date}" };

    [Fact]
    public async Task Hits_are_sorted_filtered_and_counted()
    {
        var client = await factory.SignedInClientAsync("thanglv");
        var marker = Marker("sapxep");
        var old = await UploadAsync(client, "maison", $"Kế hoạch cũ {marker}.", Meta("KH", "2013-03-01", "Lò Văn Thắng"));
        var mid = await UploadAsync(client, "maison", $"Quyết định {marker}.", Meta("QĐ", "2014-11-13", "Lò Văn Thắng"));
        var recent = await UploadAsync(client, "maison", $"Công văn mới {marker}.", Meta("CV", "2015-05-18", "Cầm Văn Sơn"));

        async Task<SearchResponse> Get(string query) =>
            (await client.GetFromJsonAsync<SearchResponse>($"/maison/api/search?q={Uri.EscapeDataString(marker)}{query}"))!;

        Assert.Equal([recent, mid, old], (await Get("&sort=date_desc")).Hits.Select(h => h.Id));
        Assert.Equal([old, mid, recent], (await Get("&sort=date_asc")).Hits.Select(h => h.Id));
        Assert.Equal([mid, recent], (await Get("&sort=date_asc&from=2014-01-01")).Hits.Select(h => h.Id));
        Assert.Equal([old], (await Get("&to=2013-12-31")).Hits.Select(h => h.Id));
        Assert.Equal([mid], (await Get("&type=qd")).Hits.Select(h => h.Id));
        Assert.Equal([recent], (await Get($"{Uri.EscapeDataString(" loai:CV")}")).Hits.Select(h => h.Id));
        Assert.Equal([mid], (await Get($"{Uri.EscapeDataString(" ngay:2014-01-01..2014-12-31")}")).Hits.Select(h => h.Id));
        Assert.Equal([old, mid], (await Get($"{Uri.EscapeDataString(" nguoiky:\"Lò Văn Thắng\"")}&sort=date_asc")).Hits.Select(h => h.Id));

        var counted = await Get("&pageSize=1");
        var facets = counted.Facets!.ToDictionary(f => f.Name, f => f.Values.ToDictionary(v => v.Value, v => v.Count));
        Assert.Single(counted.Hits);
        Assert.Equal(new Dictionary<string, long> { ["2013"] = 1, ["2014"] = 1, ["2015"] = 1 }, facets["year"]);
        Assert.Equal(new Dictionary<string, long> { ["KH"] = 1, ["QĐ"] = 1, ["CV"] = 1 }, facets["type"]);
        Assert.Equal(new Dictionary<string, long> { ["Lò Văn Thắng"] = 2, ["Cầm Văn Sơn"] = 1 }, facets["signer"]);
        Assert.Equal(new Dictionary<string, long> { ["maison"] = 3 }, facets["agency"]);
    }

    [Fact]
    public async Task Facets_never_count_documents_of_another_agency()
    {
        var gtvt = await factory.SignedInClientAsync("binhhv");
        var tttt = await factory.SignedInClientAsync("chiennv");
        var marker = Marker("demrieng");
        await UploadAsync(gtvt, "gtvt", $"Công văn {marker}.", Meta("CV", "2015-05-18", "Hà Văn Tùng"));
        await UploadAsync(tttt, "tttt", $"Kế hoạch {marker}.", Meta("KH", "2016-01-04", "Lê Văn Chiến"));

        var results = (await tttt.GetFromJsonAsync<SearchResponse>($"/tttt/api/search?q={marker}"))!;

        Assert.Equal(1, results.Total);
        var facets = results.Facets!.ToDictionary(f => f.Name, f => f.Values.ToDictionary(v => v.Value, v => v.Count));
        Assert.Equal(new Dictionary<string, long> { ["tttt"] = 1 }, facets["agency"]);
        Assert.Equal(new Dictionary<string, long> { ["KH"] = 1 }, facets["type"]);
    }

    [Fact]
    public async Task A_query_that_finds_nothing_gets_a_suggestion()
    {
        var client = await factory.SignedInClientAsync("soncv");
        var word = Marker("goiy");
        await UploadAsync(client, "tpsonla", $"Biên bản nghiệm thu {word} công trình.");
        // Two letters wrong: too far for the fuzzy match, close enough for a suggestion.
        var typo = "xx" + word[2..];

        var results = (await client.GetFromJsonAsync<SearchResponse>($"/tpsonla/api/search?q=nghiem+thu+{typo}"))!;

        Assert.Equal(0, results.Total);
        Assert.Equal($"nghiem thu {word}", results.DidYouMean);
        var found = (await client.GetFromJsonAsync<SearchResponse>($"/tpsonla/api/search?q={Uri.EscapeDataString(results.DidYouMean!)}"))!;
        Assert.Equal(1, found.Total);
        Assert.Null(found.DidYouMean);
    }

    [Theory]
    [InlineData("&sort=newest", "sắp xếp")]
    [InlineData("&from=2014-13-01", "Ngày không hợp lệ")]
    [InlineData("&from=13/11/2014", "Ngày không hợp lệ")]
    [InlineData("&from=2015-01-01&to=2014-01-01", "from")]
    public async Task Bad_refinements_are_400_with_a_message(string query, string message)
    {
        var client = await factory.SignedInClientAsync("soncv");
        var response = await client.GetAsync($"/tpsonla/api/search?q=quy+che{query}");
        await Documents.UploadErrorsTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, message);
    }
}
