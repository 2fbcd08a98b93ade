using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Api.Features.Search;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Api.Tests.Features.Search;

/// <summary>The seed regulation's PDF glues syllables; what is stored, indexed and highlighted is repaired.</summary>
public sealed class TextRepairEndToEndTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_seed_regulation_is_stored_and_found_with_its_syllables_apart()
    {
        var client = await factory.SignedInClientAsync("chiennv");
        var bytes = await File.ReadAllBytesAsync(Samples.SeedPdf);
        var upload = await client.UploadAsync("tttt", bytes, Samples.SeedPdfFileName);
        var document = await client.WaitForProcessingAsync(upload.Headers.Location!.ToString(), TimeSpan.FromSeconds(60));
        Assert.Equal("Indexed", document.Status);

        var text = string.Join('\n', (await client.GetFromJsonAsync<DocumentTextResponse>($"/tttt/api/documents/{document.Id}/text"))!.Pages.Select(p => p.Text));
        Assert.Contains("Luật tổ chức HĐND và UBND", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sửdụng", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nghịđịnh", text, StringComparison.Ordinal);

        var results = (await client.GetFromJsonAsync<SearchResponse>("/tttt/api/search?q=%22Lu%E1%BA%ADt%20t%E1%BB%95%20ch%E1%BB%A9c%22"))!;
        var hit = Assert.Single(results.Hits, h => h.Id == document.Id);
        Assert.Contains(hit.Snippets, s => s.Html.Contains("<mark>Luật</mark> <mark>tổ</mark> <mark>chức</mark>", StringComparison.Ordinal));
    }
}
