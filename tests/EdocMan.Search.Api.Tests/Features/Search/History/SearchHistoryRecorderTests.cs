using EdocMan.Search.Api.Features.Search.History;

namespace EdocMan.Search.Api.Tests.Features.Search.History;

public sealed class SearchHistoryRecorderTests
{
    [Fact]
    public void The_same_search_repeated_within_the_window_counts_once_and_again_after_it()
    {
        var clock = new Clock(new DateTimeOffset(2026, 12, 31, 16, 59, 0, TimeSpan.Zero));
        var recorder = new SearchHistoryRecorder(clock);
        var search = new SearchLink("quy chế", Sort: "date_desc");

        Assert.True(recorder.Record(1, 1, search, 5));
        clock.Now += TimeSpan.FromSeconds(30);
        Assert.False(recorder.Record(1, 1, search, 5));
        // Another official's identical search is their own.
        Assert.True(recorder.Record(2, 1, search, 5));
        // The same words with another order are another search.
        Assert.True(recorder.Record(1, 1, search with { Sort = null }, 5));
        Assert.True(recorder.Record(1, 1, search, 5));
        clock.Now += SearchHistoryRecorder.RepeatWindow;
        Assert.True(recorder.Record(1, 1, search, 5));
    }

    [Fact]
    public void A_search_is_kept_as_the_query_string_the_search_page_understands()
    {
        var link = new SearchLink("số 31/2014/QĐ-UBND & \"quy chế\"", "date_asc", "2014-01-01", null, "QĐ");

        Assert.Equal("q=s%E1%BB%91%2031%2F2014%2FQ%C4%90-UBND%20%26%20%22quy%20ch%E1%BA%BF%22&sort=date_asc&from=2014-01-01&type=Q%C4%90",
            link.ToQueryString());
        Assert.StartsWith("/tttt/tim-kiem?q=", link.PageUrl("tttt"), StringComparison.Ordinal);
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
