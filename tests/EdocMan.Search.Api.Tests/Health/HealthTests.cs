using System.Net;
using System.Text.Json;

namespace EdocMan.Search.Api.Tests.Health;

public sealed class HealthTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Health_reports_database_index_and_ocr_library()
    {
        var response = await factory.CreateClient().GetAsync("/health");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = body.RootElement.GetProperty("checks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        foreach (var name in new[] { "database", "index", "ocr" })
        {
            Assert.Equal("Healthy", checks.GetProperty(name).GetProperty("status").GetString());
        }
        // What the IT centre watches between nightly compactions (IndexMaintenance); an empty index has none.
        Assert.True(checks.GetProperty("index").GetProperty("data").GetProperty("segments").GetInt32() >= 0);
        Assert.True(checks.GetProperty("index").GetProperty("data").GetProperty("deletedEntries").GetInt32() >= 0);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_upload_and_search_endpoints()
    {
        var json = await factory.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/{agency}/api/documents", json);
        Assert.Contains("/{agency}/api/search", json);
    }
}
