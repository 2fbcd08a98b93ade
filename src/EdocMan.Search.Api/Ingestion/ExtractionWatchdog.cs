using EdocMan.Search.Core.Ingestion;

namespace EdocMan.Search.Api.Ingestion;

/// <summary>
/// Gives up on an extraction that makes no progress: when no page has been reported for the stall limit,
/// its token is cancelled, which both asks the extractor to stop and lets the runner stop waiting for it.
/// </summary>
/// <remarks>
/// Implementation note: .NET cannot stop a thread, so an extractor that ignores its token keeps running
/// in the background after the runner has marked the document Failed; the point is that the worker is
/// free for the next job and the clerk gets an answer. Every report counts as activity, so a 500-page
/// scan that keeps finishing pages is never stopped, however long it takes.
/// </remarks>
/// <threadsafety>Report may be called from any thread.</threadsafety>
internal sealed class ExtractionWatchdog : IProgress<PageProgress>, IDisposable
{
    private readonly IProgress<PageProgress> _inner;
    private readonly TimeProvider _time;
    private readonly TimeSpan _limit;
    private readonly CancellationTokenSource _stalled = new();
    private readonly ITimer _timer;
    private long _lastActivity;

    public ExtractionWatchdog(IProgress<PageProgress> inner, TimeSpan limit, TimeProvider time)
    {
        _inner = inner;
        _time = time;
        _limit = limit;
        _lastActivity = time.GetTimestamp();
        var check = TimeSpan.FromTicks(Math.Clamp(limit.Ticks / 4, TimeSpan.TicksPerMillisecond * 100, TimeSpan.TicksPerSecond * 10));
        _timer = time.CreateTimer(_ => Check(), null, check, check);
    }

    /// <summary>Cancelled once the extraction has stalled.</summary>
    public CancellationToken Stalled => _stalled.Token;

    /// <summary>The stall limit, for the failure message.</summary>
    public TimeSpan Limit => _limit;

    public void Report(PageProgress value)
    {
        Interlocked.Exchange(ref _lastActivity, _time.GetTimestamp());
        _inner.Report(value);
    }

    public void Dispose()
    {
        _timer.Dispose();
        _stalled.Dispose();
    }

    private void Check()
    {
        if (_time.GetElapsedTime(Interlocked.Read(ref _lastActivity)) >= _limit)
        {
            try
            {
                _stalled.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The extraction ended as the timer fired.
            }
        }
    }
}
