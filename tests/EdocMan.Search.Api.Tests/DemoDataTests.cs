using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Search;

namespace EdocMan.Search.Api.Tests;

/// <summary>A new installation can be searched at once: the sample documents are seeded and indexed.</summary>
public sealed class DemoDataTests : IDisposable
{
    private readonly ApiFactory _factory = new() { SeedSamples = true };

    [Fact]
    public async Task The_seed_regulation_is_searchable_on_first_start()
    {
        var client = await _factory.SignedInClientAsync("chiennv");
        SearchResponse? results = null;
        for (var i = 0; i < 150 && results?.Total is null or 0; i++)
        {
            await Task.Delay(200);
            results = await client.GetFromJsonAsync<SearchResponse>("/tttt/api/search?q=quy%20che%20quan%20ly%20phan%20mem");
        }
        var hit = results!.Hits.FirstOrDefault(h => h.Number == "31/2014/QĐ-UBND");
        Assert.NotNull(hit);
        Assert.Equal("tttt", hit.Agency);
    }

    public void Dispose() => _factory.Dispose();
}
