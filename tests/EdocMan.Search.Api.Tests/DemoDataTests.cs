using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Registers;
using EdocMan.Search.Api.Features.Search;

namespace EdocMan.Search.Api.Tests;

/// <summary>A new installation can be searched at once: the sample documents are seeded and indexed.</summary>
public sealed class DemoDataTests : IDisposable
{
    private readonly ApiFactory _factory = new() { SeedSamples = true };

    [Fact]
    public async Task The_seed_regulation_is_searchable_on_first_start()
    {
        var clerk = await _factory.SignedInClientAsync("chiennv");
        var results = await WaitForSeedRegulationAsync(clerk, "tttt", copies: 2);

        // The clerk sees the agency's own incoming copy and the copy the provincial office published.
        Assert.Equal(["tttt", "vpubnd"], results.Hits.Where(h => h.Number == "31/2014/QĐ-UBND").Select(h => h.Agency).Order());
    }

    [Fact]
    public async Task The_published_seed_regulation_reaches_specialists_of_every_agency()
    {
        // Đinh Thị Hoa is a chuyên viên of tpsonla: incoming mail is not hers, the published regulation is.
        var specialist = await _factory.SignedInClientAsync("hoadt");
        var results = await WaitForSeedRegulationAsync(specialist, "tpsonla", copies: 1);

        var hit = Assert.Single(results.Hits, h => h.Number == "31/2014/QĐ-UBND");
        Assert.Equal("vpubnd", hit.Agency);
        Assert.StartsWith("/tpsonla/api/documents/", hit.Url);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await specialist.GetAsync(hit.Url + "/original")).StatusCode);
    }

    [Fact]
    public async Task Demo_documents_are_lines_of_their_agencies_registers()
    {
        var clerk = await _factory.SignedInClientAsync("hanhlt");

        var outgoing = await clerk.GetFromJsonAsync<RegisterPageResponse>("/vpubnd/api/registers/di/entries?year=2014");
        var incoming = await clerk.GetFromJsonAsync<RegisterPageResponse>("/vpubnd/api/registers/den/entries?year=2015");

        var regulation = Assert.Single(outgoing!.Entries);
        Assert.Equal((31, "31/2014/QĐ-UBND", "QĐ"), (regulation.Number, regulation.NumberSymbol, regulation.DocumentType));
        var plan = Assert.Single(incoming!.Entries);
        Assert.Equal((1, "86/KH-STTTT", "Sở Thông tin và Truyền thông"), (plan.Number, plan.NumberSymbol, plan.Issuer));
    }

    private static async Task<SearchResponse> WaitForSeedRegulationAsync(HttpClient client, string agency, int copies)
    {
        SearchResponse? results = null;
        for (var i = 0; i < 150 && (results?.Hits.Count(h => h.Number == "31/2014/QĐ-UBND") ?? 0) < copies; i++)
        {
            await Task.Delay(200);
            results = await client.GetFromJsonAsync<SearchResponse>($"/{agency}/api/search?q=quy%20che%20quan%20ly%20phan%20mem");
        }
        return results!;
    }

    public void Dispose() => _factory.Dispose();
}
