using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.Api.Intake;

/// <summary>
/// Ingests the files a scanner or a clerk drops into an agency's watched folder
/// (<see cref="IntakeOptions.WatchedFolders"/>), once they have stopped growing, and moves each to
/// <c>done/</c> or <c>failed/</c> beside it, with a <c>.reason.txt</c> when there is something to say.
/// </summary>
/// <remarks>
/// Implementation note: the folder is polled, not watched with <see cref="FileSystemWatcher"/>, because
/// inotify says nothing on network shares, where scanners usually write, and a poll also sees files that
/// arrived while the server was down. A file is taken only after its size and time stayed the same for
/// <see cref="IntakeOptions.StableSeconds"/>. Originals are moved, never deleted; the accept path stores
/// its own copy first.
/// </remarks>
internal sealed partial class WatchedFolderService(
    IServiceScopeFactory scopes, IOptions<IntakeOptions> options, TimeProvider time, ILogger<WatchedFolderService> logger)
    : BackgroundService
{
    public const string DoneFolder = "done";
    public const string FailedFolder = "failed";

    private readonly Dictionary<string, (long Length, DateTime Written, DateTimeOffset Since)> _seen = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var settings = options.Value;
        var folders = settings.WatchedFolders.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToList();
        if (folders.Count == 0)
        {
            return;
        }
        var register = UploadDocument.ParseRegister(settings.Register) ?? RegisterKind.Incoming;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.05, settings.PollSeconds)), time);
        try
        {
            do
            {
                foreach (var (agency, folder) in folders)
                {
                    try
                    {
                        await ScanAsync(agency, Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)), register, stoppingToken);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // A share that went away or a database hiccup: try again at the next poll.
                        LogScanFailed(logger, ex, agency, folder);
                    }
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping; a file being ingested is either recorded or still in the folder.
        }
    }

    private async Task ScanAsync(string agencyCode, string folder, RegisterKind register, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var now = time.GetUtcNow();
        var stable = TimeSpan.FromSeconds(options.Value.StableSeconds);
        var present = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList();
        // Forget files that were taken away before they settled.
        foreach (var gone in _seen.Keys.Where(k => Path.GetDirectoryName(k) == folder && !present.Contains(k)).ToList())
        {
            _seen.Remove(gone);
        }
        foreach (var path in present)
        {
            var name = Path.GetFileName(path);
            if (IsTemporary(name))
            {
                continue;
            }
            var info = new FileInfo(path);
            var state = (info.Length, info.LastWriteTimeUtc);
            if (!_seen.TryGetValue(path, out var seen) || (seen.Length, seen.Written) != state)
            {
                _seen[path] = (state.Length, state.LastWriteTimeUtc, now);
                continue;
            }
            if (now - seen.Since < stable)
            {
                continue;
            }
            _seen.Remove(path);
            await IngestAsync(agencyCode, folder, path, register, ct);
        }
    }

    private async Task IngestAsync(string agencyCode, string folder, string path, RegisterKind register, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == agencyCode.ToLowerInvariant(), ct);
        if (agency is null)
        {
            LogUnknownAgency(logger, agencyCode, folder);
            return;
        }
        var result = await scope.ServiceProvider.GetRequiredService<FileIntake>().IngestAsync(agency, path, register, ct);
        var failed = result.Outcome is FileOutcome.Refused or FileOutcome.Failed;
        var target = MoveAside(folder, path, failed ? FailedFolder : DoneFolder);
        if (result.Reason is not null)
        {
            var note = result.DocumentId is { } id ? $"{result.Reason}\nMã văn bản: {id}\n" : result.Reason + "\n";
            await File.WriteAllTextAsync(target + ".reason.txt", note, ct);
        }
        LogIngested(logger, Path.GetFileName(path), agencyCode, result.Outcome, result.Reason ?? "");
    }

    /// <summary>Moves the file into <paramref name="subfolder"/>, never over an existing one: "a.pdf" becomes "a (2).pdf".</summary>
    internal static string MoveAside(string folder, string path, string subfolder)
    {
        var targetFolder = Directory.CreateDirectory(Path.Combine(folder, subfolder)).FullName;
        var name = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        var target = Path.Combine(targetFolder, name + extension);
        for (var n = 2; File.Exists(target) || File.Exists(target + ".reason.txt"); n++)
        {
            target = Path.Combine(targetFolder, $"{name} ({n}){extension}");
        }
        File.Move(path, target);
        return target;
    }

    /// <summary>Hidden files and the partial files browsers, Office and copy tools write while still busy.</summary>
    private static bool IsTemporary(string name) =>
        name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal) ||
        name.EndsWith(".part", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) ||
        name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watched folder: {File} for {Agency}: {Outcome} {Reason}")]
    private static partial void LogIngested(ILogger logger, string file, string agency, FileOutcome outcome, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watched folder {Folder} names agency {Agency}, which does not exist; its files are left in place")]
    private static partial void LogUnknownAgency(ILogger logger, string agency, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Watched folder {Folder} of agency {Agency} could not be read; retrying at the next poll")]
    private static partial void LogScanFailed(ILogger logger, Exception exception, string agency, string folder);
}
