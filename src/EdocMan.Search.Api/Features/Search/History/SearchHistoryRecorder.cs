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

    // Counts of entries queued and written (or given up on) so far: the queue is first in, first out, so an official
    // whose last search was the n-th queued (lastQueuedOf) has all of them in the database once `written` reaches n.
    private readonly Lock gate = new();
    private long queued;
    private long written;
    private readonly Dictionary<int, long> lastQueuedOf = [];
    private readonly List<(long Upto, TaskCompletionSource Done)> waiting = [];
    private TaskCompletionSource hurry = NewSignal();

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
        var entry = new SearchHistoryEntry
        {
            AccountId = accountId, AgencyId = agencyId, At = now, Query = Truncate(search.Q, 500),
            QueryString = Truncate(queryString, 2000), ResultCount = (int)Math.Min(resultCount, int.MaxValue),
        };
        lock (gate)
        {
            if (!queue.Writer.TryWrite(entry))
            {
                return false;
            }
            queued++;
            lastQueuedOf[accountId] = queued;
            return true;
        }
    }

    /// <summary>
    /// Waits until the searches <paramref name="accountId"/> has queued are in the database, so that "Tìm kiếm gần đây"
    /// shows the search the official has just run; the writer stops gathering and writes at once. Returns at once when
    /// they are written already (other officials' searches keep gathering). Gives up after <paramref name="atMost"/>:
    /// a stuck database must not hold the page.
    /// </summary>
    public async Task WrittenAsync(int accountId, TimeSpan atMost, CancellationToken ct)
    {
        TaskCompletionSource done;
        lock (gate)
        {
            if (!lastQueuedOf.TryGetValue(accountId, out var upto) || written >= upto)
            {
                return;
            }
            done = NewSignal();
            waiting.Add((upto, done));
            hurry.TrySetResult();
        }
        try
        {
            await done.Task.WaitAsync(atMost, time, ct);
        }
        catch (TimeoutException)
        {
            // Show the history as it is.
        }
    }

    /// <summary>Completes when someone waits for the queue to be written (see <see cref="WrittenAsync"/>).</summary>
    internal Task HurryRequested
    {
        get
        {
            lock (gate)
            {
                return hurry.Task;
            }
        }
    }

    /// <summary>The writer has written (or given up on) the next <paramref name="count"/> entries of the queue.</summary>
    internal void Written(int count)
    {
        lock (gate)
        {
            written += count;
            foreach (var (_, done) in waiting.Where(w => w.Upto <= written))
            {
                done.TrySetResult();
            }
            waiting.RemoveAll(w => w.Upto <= written);
            // Whoever still waits needs entries queued after this batch: the next batch goes without gathering.
            if (waiting.Count == 0 && hurry.Task.IsCompleted)
            {
                hurry = NewSignal();
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
