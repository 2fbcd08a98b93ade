using System.Threading.Channels;

namespace EdocMan.Search.Api.Ingestion;

/// <summary>
/// Wakes the ingestion worker when an upload has queued a job, so a document does not wait for the
/// next poll. Signals coalesce: many uploads while the worker is busy cause one extra look, not many.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class IngestionSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>Waits for a signal or the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try
        {
            await _channel.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // Timed out: time to poll.
        }
    }
}
