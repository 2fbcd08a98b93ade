using System.Diagnostics;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Core.Search;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.Api.Maintenance;

/// <summary>
/// Compacts the index every night at <see cref="IndexMaintenanceOptions.CompactAt"/> when it has gathered more
/// segments than <see cref="IndexMaintenanceOptions.CompactAboveSegments"/> or too many entries of replaced documents
/// (<see cref="IndexMaintenanceOptions.CompactAboveDeletedPercent"/>), so searches stay as fast and the index as small
/// as after a rebuild without anyone stopping the server (<see cref="IndexMaintenanceOptions"/> says why).
/// </summary>
internal sealed partial class IndexCompactionService(
    ISearchIndex index, IOptions<IndexMaintenanceOptions> options, TimeProvider time, ILogger<IndexCompactionService> logger) : BackgroundService
{
    /// <summary>Vietnam has one time zone and no summer time.</summary>
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>Free bytes on the disk holding a folder; tests put a small disk in its place.</summary>
    internal Func<string, long> FreeBytes { get; init; } = DiskFreeBytes;

    /// <summary>Free bytes for this process on the disk that holds <paramref name="folder"/>.</summary>
    internal static long DiskFreeBytes(string folder) => new DriveInfo(Path.GetFullPath(folder)).AvailableFreeSpace;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(UntilNext(time.GetUtcNow(), settings.CompactAt), time, stoppingToken);
                await CompactIfNeededAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>How long from <paramref name="now"/> until the next <paramref name="at"/> in Vietnam time (a full day when it is that time now).</summary>
    internal static TimeSpan UntilNext(DateTimeOffset now, TimeOnly at)
    {
        var local = now.ToOffset(VietnamOffset);
        var next = new DateTimeOffset(DateOnly.FromDateTime(local.DateTime).ToDateTime(at), VietnamOffset);
        return next > local ? next - local : next.AddDays(1) - local;
    }

    /// <summary>Compacts the index if it has more segments or replaced entries than allowed; returns whether it did.</summary>
    internal async Task<bool> CompactIfNeededAsync()
    {
        var settings = options.Value;
        try
        {
            var stats = index.GetStats();
            var before = stats.Segments;
            var entries = (long)stats.DocumentCount + stats.DeletedEntries;
            var deletedPercent = entries == 0 ? 0 : 100.0 * stats.DeletedEntries / entries;
            if (before <= settings.CompactAboveSegments && deletedPercent <= settings.CompactAboveDeletedPercent)
            {
                return false;
            }
            // The merged segments are written beside the old ones, which go only once the merge is committed: a disk
            // without room for a second copy would fill up with the server still writing to it.
            var (needed, free) = (FolderBytes(stats.Location), FreeBytes(stats.Location));
            if (free < needed)
            {
                NoRoom(logger, before, needed / (1024 * 1024), free / (1024 * 1024));
                return false;
            }
            var started = Stopwatch.GetTimestamp();
            await index.CompactAsync(Math.Max(1, settings.Segments));
            Compacted(logger, before, stats.DeletedEntries, index.GetStats().Segments, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The index stays as it was (a merge is committed only when it is complete); the next night tries again.
            Failed(logger, ex);
            return false;
        }
    }

    /// <summary>The index's size on disk; a file the writer deletes meanwhile (merged away) counts for nothing.</summary>
    private static long FolderBytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f =>
        {
            try
            {
                return f.Length;
            }
            catch (FileNotFoundException)
            {
                return 0L;
            }
        });

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index has {Segments} segments but was not compacted: it needs {NeededMb} MB free on its disk for the merge, and {FreeMb} MB are")]
    private static partial void NoRoom(ILogger logger, int segments, long neededMb, long freeMb);

    [LoggerMessage(Level = LogLevel.Information, Message = "Compacted the search index from {Before} segments ({Deleted} entries of replaced or removed documents) to {After} in {ElapsedMs} ms")]
    private static partial void Compacted(ILogger logger, int before, int deleted, int after, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "The nightly compaction of the search index failed; it is tried again the next night")]
    private static partial void Failed(ILogger logger, Exception exception);
}
