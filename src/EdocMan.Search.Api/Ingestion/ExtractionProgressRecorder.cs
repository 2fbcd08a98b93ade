using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Data;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Ingestion;

/// <summary>
/// Writes a document's "pages done / total" to the database while its extraction runs, at most once per
/// <see cref="Interval"/>, so the API and the intake page can show how far a long scan has got.
/// </summary>
/// <remarks>
/// Implementation note: extractors report from OCR worker threads, several pages at once. Each write uses
/// its own short-lived scope (a fresh DbContext) and one <c>ExecuteUpdate</c> of the two columns, so it
/// never touches the runner's tracked <c>Document</c> (whose <c>SaveChanges</c> writes only the columns
/// it changed) and never shares a DbContext across threads. At most one write is in flight; reports that
/// arrive meanwhile only replace the latest value, which <see cref="FlushAsync"/> writes at the end.
/// A failed or cancelled write is dropped: progress is a hint, the final status is what counts.
/// </remarks>
/// <threadsafety>Report may be called from any thread.</threadsafety>
internal sealed class ExtractionProgressRecorder(
    IServiceScopeFactory scopes, Guid documentId, TimeProvider time, CancellationToken ct) : IProgress<PageProgress>
{
    /// <summary>Shortest time between two writes.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly Lock _gate = new();
    private PageProgress? _latest;
    private PageProgress? _written;
    private long _lastWrite = long.MinValue;
    private Task _writing = Task.CompletedTask;

    /// <inheritdoc />
    public void Report(PageProgress value)
    {
        lock (_gate)
        {
            // Pages finish out of order on parallel workers; never let the count go backwards.
            if (_latest is { } seen && seen.Done >= value.Done && seen.Total == value.Total)
            {
                return;
            }
            _latest = value;
            var now = time.GetTimestamp();
            if (!_writing.IsCompleted || (_lastWrite != long.MinValue && time.GetElapsedTime(_lastWrite, now) < Interval))
            {
                return;
            }
            _lastWrite = now;
            _writing = Task.Run(() => WriteAsync(value), CancellationToken.None);
        }
    }

    /// <summary>Waits for a write in flight, then writes the latest value if it was not written yet.</summary>
    public async Task FlushAsync()
    {
        Task writing;
        lock (_gate)
        {
            writing = _writing;
        }
        await writing;
        PageProgress? pending;
        lock (_gate)
        {
            pending = _latest == _written ? null : _latest;
        }
        if (pending is { } value)
        {
            await WriteAsync(value);
        }
    }

    private async Task WriteAsync(PageProgress value)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
            await db.Documents.Where(d => d.Id == documentId).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.PagesDone, value.Done)
                .SetProperty(d => d.PagesTotal, value.Total), ct);
            lock (_gate)
            {
                _written = value;
            }
        }
        catch (Exception)
        {
            // Dropped on purpose (see the remarks); the next report or the final flush tries again.
        }
    }
}
