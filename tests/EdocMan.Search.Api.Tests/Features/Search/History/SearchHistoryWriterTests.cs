using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Search;
using EdocMan.Search.Testing;
using Microsoft.Data.Sqlite;

namespace EdocMan.Search.Api.Tests.Features.Search.History;

/// <summary>Searches wait a moment to be written together; stopping the server writes what is still waiting.</summary>
public sealed class SearchHistoryWriterTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task Searches_still_gathering_when_the_server_stops_are_written_before_it_exits()
    {
        var words = new[] { "bưu chính " + Guid.NewGuid().ToString("N")[..8], "viễn thông " + Guid.NewGuid().ToString("N")[..8] };
        using (var factory = new ApiFactory(_data, ownsData: false, []))
        {
            var client = await factory.SignedInClientAsync("nhungtth");
            foreach (var q in words)
            {
                await client.GetFromJsonAsync<SearchResponse>($"/tttt/api/search?q={Uri.EscapeDataString(q)}");
            }
        } // stopped well inside the gathering window

        await using var connection = new SqliteConnection($"Data Source={_data.Combine("edocman.db")};Pooling=False");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM SearchHistory WHERE Query IN ($a, $b)";
        count.Parameters.AddWithValue("$a", words[0]);
        count.Parameters.AddWithValue("$b", words[1]);
        Assert.Equal(2L, await count.ExecuteScalarAsync());
    }

    public void Dispose() => _data.Dispose();
}
