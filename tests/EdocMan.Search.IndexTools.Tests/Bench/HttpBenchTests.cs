using EdocMan.Search.IndexTools.Bench;

namespace EdocMan.Search.IndexTools.Tests.Bench;

/// <summary>How the HTTP benchmark reads the server's own share of a search from its answer.</summary>
public sealed class HttpBenchTests
{
    [Theory]
    [InlineData("search;dur=16.6", 16.6)]
    [InlineData("search;dur=0.0", 0.0)]
    public void The_index_time_is_read_from_Server_Timing(string header, double expected)
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("Server-Timing", header);

        Assert.Equal(expected, HttpBench.SearchDuration(response));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("search")]
    [InlineData("search;dur=abc")]
    public void No_or_an_unreadable_Server_Timing_gives_no_figure(string? header)
    {
        using var response = new HttpResponseMessage();
        if (header is not null)
        {
            response.Headers.TryAddWithoutValidation("Server-Timing", header);
        }

        Assert.Null(HttpBench.SearchDuration(response));
    }
}
