using System.Diagnostics;
using System.Globalization;
using EdocMan.Search.Core.Options;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.IndexTools.Backup;

/// <summary>
/// <c>backup DEST [--full]</c>: a consistent copy of the database, the index and the originals into a
/// new folder under DEST, with a manifest of every file's SHA-256. Safe while the server runs.
/// </summary>
/// <remarks>
/// Implementation note: the order makes the three parts agree. The database is copied first with
/// SQLite's online backup (one read transaction: the server keeps writing in WAL mode). The index's
/// latest commit comes next; it may lag the database by its commit interval or hold a few newer
/// entries, and <c>restore</c> brings it in line with the restored database. The originals copied are
/// exactly those the database copy names. They are content-addressed and never change, so an
/// incremental backup hard-links the ones the previous backup in DEST already holds: every backup
/// folder is complete on its own, and unchanged originals take no space twice.
/// </remarks>
internal static class BackupCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        var destination = args.SkipWhile(a => a != "backup").Skip(1).FirstOrDefault(a => !a.StartsWith('-'));
        if (destination is null)
        {
            await errors.WriteLineAsync("usage: edocman-index backup DEST-FOLDER [--full]");
            return 2;
        }
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var databasePath = storage.ResolveDatabasePath();
        if (!File.Exists(databasePath))
        {
            await errors.WriteLineAsync($"no database at {databasePath}: nothing to back up (is Storage__DataDirectory right?)");
            return 2;
        }
        var time = services.GetRequiredService<TimeProvider>();
        var started = time.GetUtcNow();
        Directory.CreateDirectory(destination);
        var previous = args.Contains("--full") ? null : LatestBackup(destination);
        var name = started.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        while (Directory.Exists(Path.Combine(destination, name)))
        {
            name += "a";
        }
        var partial = Path.Combine(destination, name + ".partial");
        Directory.CreateDirectory(partial);
        var files = new List<BackupFile>();
        var problems = new List<string>();
        var watch = Stopwatch.StartNew();

        var snapshot = SnapshotDatabase(databasePath, Path.Combine(partial, BackupManifest.DatabaseFile));
        files.Add(Describe(partial, BackupManifest.DatabaseFile));
        var databaseSeconds = watch.Elapsed.TotalSeconds;

        string? commit = null;
        var indexEntries = 0;
        var indexPath = storage.ResolveIndexPath();
        if (Directory.Exists(indexPath) && Directory.EnumerateFiles(indexPath, "segments_*").Any())
        {
            var copy = IndexFolder.Copy(indexPath, Path.Combine(partial, BackupManifest.IndexFolder));
            commit = copy.Commit;
            files.AddRange(copy.Files.Select(f => new BackupFile($"{BackupManifest.IndexFolder}/{f.Name}", f.Size, f.Sha256)));
            indexEntries = IndexFolder.ReadIds(Path.Combine(partial, BackupManifest.IndexFolder)).Count;
        }
        var indexSeconds = watch.Elapsed.TotalSeconds - databaseSeconds;

        var originals = new OriginalsCopy(storage.ResolveOriginalsPath(), partial, previous);
        foreach (var sha in snapshot.Originals)
        {
            if (originals.Add(sha, out var problem) is { } file)
            {
                files.Add(file);
            }
            else
            {
                problems.Add(problem!);
            }
        }

        var kind = previous is null ? "full" : "incremental";
        new BackupManifest(BackupManifest.CurrentFormat, started, kind, previous is null ? null : Path.GetFileName(previous),
            snapshot.Documents, snapshot.Indexed, commit, indexEntries, originals.Copied, originals.Linked, files).Write(partial);
        var final = Path.Combine(destination, name);
        Directory.Move(partial, final);

        var megabytes = files.Sum(f => f.Size) / 1048576.0;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"""
            backup {kind}{(previous is null ? "" : $" (base {Path.GetFileName(previous)})")}: {final}
              database  {snapshot.Documents} documents, {snapshot.Indexed} indexed, online backup in {databaseSeconds:0.00} s
              index     {commit ?? "none"}, {indexEntries} entries, in {indexSeconds:0.00} s
              originals {originals.Copied} copied ({originals.CopiedBytes / 1048576.0:0.0} MB), {originals.Linked} linked from the base
              {files.Count} files, {megabytes:0.0} MB listed in {BackupManifest.FileName}, {watch.Elapsed.TotalSeconds:0.00} s in all
            """));
        foreach (var problem in problems)
        {
            await errors.WriteLineAsync(problem);
        }
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>The newest complete backup (one with a manifest) in <paramref name="destination"/>.</summary>
    private static string? LatestBackup(string destination) =>
        Directory.EnumerateDirectories(destination)
            .Where(d => !d.EndsWith(".partial", StringComparison.Ordinal) && File.Exists(Path.Combine(d, BackupManifest.FileName)))
            .OrderBy(d => Path.GetFileName(d), StringComparer.Ordinal)
            .LastOrDefault();

    private static BackupFile Describe(string folder, string relative)
    {
        var path = Path.Combine(folder, relative);
        return new BackupFile(relative, new FileInfo(path).Length, FileHashing.Sha256(path));
    }

    private sealed record DatabaseSnapshot(int Documents, int Indexed, IReadOnlyList<string> Originals);

    private static DatabaseSnapshot SnapshotDatabase(string source, string target)
    {
        using (var from = new SqliteConnection($"Data Source={source};Mode=ReadWrite;Pooling=False;Default Timeout=30"))
        using (var to = new SqliteConnection($"Data Source={target};Pooling=False"))
        {
            from.Open();
            to.Open();
            from.BackupDatabase(to);
            // One self-contained file: no -wal beside it to lose. The server switches back to WAL at start.
            Execute(to, "PRAGMA journal_mode=DELETE;");
            var check = Execute(to, "PRAGMA quick_check;");
            if (check != "ok")
            {
                throw new InvalidOperationException($"the database copy fails SQLite's quick_check: {check}");
            }
        }
        using var copy = new SqliteConnection($"Data Source={target};Mode=ReadOnly;Pooling=False");
        copy.Open();
        var documents = Convert.ToInt32(Execute(copy, "SELECT COUNT(*) FROM Documents;"), CultureInfo.InvariantCulture);
        var indexed = Convert.ToInt32(Execute(copy, "SELECT COUNT(*) FROM Documents WHERE Status = 'Indexed';"), CultureInfo.InvariantCulture);
        var originals = new List<string>();
        using var command = copy.CreateCommand();
        command.CommandText = """
            SELECT Sha256 FROM Documents
            UNION SELECT SearchablePdfSha256 FROM Documents WHERE SearchablePdfSha256 IS NOT NULL
            ORDER BY 1;
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            originals.Add(reader.GetString(0).Trim().ToLowerInvariant());
        }
        return new DatabaseSnapshot(documents, indexed, originals);
    }

    private static string? Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
