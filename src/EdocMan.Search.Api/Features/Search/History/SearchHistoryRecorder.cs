using System.Collections.Concurrent;
using System.Threading.Channels;
using EdocMan.Search.Core.Search;

namespace EdocMan.Search.Api.Features.Search.History;

/// <summary>
/// Takes note of the searches officials run, without slowing the search down: entries go to a bounded
/// queue that <see cref="SearchHistoryWriter"/> writes to the database in batches.
/// </summary>
/// <remarks>
/// Only a search someone asked for counts: the first page, once. Paging through results, results as you
/// type and the same search repeated within <see cref="RepeatWindow"/> are not new searches, so they neither
/// fill "recent searches" with noise nor inflate the usage report. When the queue is full (the database
/// is stuck) entries are dropped rather than making searches wait: history is a convenience, not a record.
/// </remarks>
public sealed class SearchHistoryRecorder(TimeProvider time)
{
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromMinutes(2);

    private readonly Channel<SearchHistoryEntry> queue = Channel.CreateBounded<SearchHistoryEntry>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private readonly ConcurrentDictionary<int, (string QueryString, DateTimeOffset At)> lastByAccount = new();

    internal ChannelReader<SearchHistoryEntry> Reader => queue.Reader;

    /// <summary>Queues one search; returns whether it counted as a new one.</summary>
    public bool Record(int accountId, int agencyId, SearchLink search, long resultCount)
    {
        var now = time.GetUtcNow();
        var queryString = search.ToQueryString();
        if (lastByAccount.TryGetValue(accountId, out var last) && last.QueryString == queryString && now - last.At < RepeatWindow)
        {
            return false;
        }
        lastByAccount[accountId] = (queryString, now);
        return queue.Writer.TryWrite(new SearchHistoryEntry
        {
            AccountId = accountId, AgencyId = agencyId, At = now, Query = Truncate(search.Q, 500),
            QueryString = Truncate(queryString, 2000), ResultCount = (int)Math.Min(resultCount, int.MaxValue),
        });
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
