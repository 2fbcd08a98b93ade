using System.Diagnostics;
using System.Globalization;
using EdocMan.Search.Core.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.IndexTools.Backup;

/// <summary>
/// <c>restore BACKUP [--rebuild-index]</c>: copies a backup into an empty data folder, checking every
/// file against the manifest's SHA-256 on the way, then brings the index in line with the database.
/// </summary>
/// <remarks>
/// Implementation note: the target must be empty, so a restore can never mix two data sets or
/// overwrite the live one; it also makes a failed restore easy to undo (everything written is deleted).
/// The files are verified while they are copied (one read of the backup, not two).
/// </remarks>
internal static class RestoreCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        var folder = args.SkipWhile(a => a != "restore").Skip(1).FirstOrDefault(a => !a.StartsWith('-'));
        if (folder is null)
        {
            await errors.WriteLineAsync("usage: edocman-index restore BACKUP-FOLDER [--rebuild-index]");
            return 2;
        }
        if (!Directory.Exists(folder))
        {
            await errors.WriteLineAsync($"cannot restore: backup folder not found: {Path.GetFullPath(folder)}");
            return 2;
        }
        var manifest = BackupManifest.Read(folder, out var unreadable);
        if (unreadable is not null)
        {
            await errors.WriteLineAsync($"cannot restore: {unreadable}");
            return 2;
        }
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var targets = new RestoreTargets(storage);
        if (targets.FirstOccupied() is { } occupied)
        {
            await errors.WriteLineAsync(
                $"cannot restore: {occupied} already holds data. Restore only into an empty data folder " +
                "(stop the server and move the current data aside, or set Storage__DataDirectory to a new folder).");
            return 2;
        }

        var rebuild = args.Contains("--rebuild-index");
        var watch = Stopwatch.StartNew();
        var damaged = new List<string>();
        var bytes = 0L;
        try
        {
            bytes = Copy(folder, manifest, targets, rebuild, damaged);
        }
        catch
        {
            // Disk full, a permission: leave the target as empty as it was found.
            targets.DeleteAll();
            throw;
        }
        if (damaged.Count > 0)
        {
            targets.DeleteAll();
            await errors.WriteLineAsync($"cannot restore: the backup {Path.GetFullPath(folder)} is damaged ({damaged.Count} files); nothing was restored.");
            foreach (var line in damaged.Take(50))
            {
                await errors.WriteLineAsync("  " + line);
            }
            return 1;
        }
        var copySeconds = watch.Elapsed.TotalSeconds;

        var reconciled = await IndexReconciliation.RunAsync(services, storage.ResolveIndexPath(), CancellationToken.None);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"""
            restored {manifest.Kind} backup of {manifest.CreatedAt:yyyy-MM-dd HH:mm:ss} UTC into {Path.GetFullPath(storage.DataDirectory)}
              files     {manifest.Files.Count} verified against {BackupManifest.FileName} ({bytes / 1048576.0:0.0} MB) in {copySeconds:0.00} s
              database  {manifest.Documents} documents, {manifest.IndexedDocuments} indexed
              index     {(rebuild ? "rebuilt from the database" : $"{reconciled.Copied} entries copied")}, {reconciled.Added} re-indexed from the database, {reconciled.Removed} removed, in {reconciled.Seconds:0.00} s
              {watch.Elapsed.TotalSeconds:0.00} s in all; start the server on this data folder
            """));
        return 0;
    }

    /// <summary>Copies the manifest's files to their targets, hashing each; returns the bytes copied.</summary>
    private static long Copy(string folder, BackupManifest manifest, RestoreTargets targets, bool rebuild, List<string> damaged)
    {
        var bytes = 0L;
        foreach (var file in manifest.Files)
        {
            var target = targets.For(file.Path);
            if (target is null || (rebuild && file.Path.StartsWith(BackupManifest.IndexFolder + "/", StringComparison.Ordinal)))
            {
                continue;
            }
            var source = Path.Combine(folder, file.Path);
            if (!File.Exists(source))
            {
                damaged.Add($"missing: {file.Path}");
                continue;
            }
            var sha = FileHashing.CopyWithHash(source, target);
            bytes += file.Size;
            if (sha != file.Sha256.ToLowerInvariant() || new FileInfo(target).Length != file.Size)
            {
                damaged.Add($"damaged: {file.Path} hashes to {sha}, the manifest says {file.Sha256}");
            }
        }
        return bytes;
    }
}
