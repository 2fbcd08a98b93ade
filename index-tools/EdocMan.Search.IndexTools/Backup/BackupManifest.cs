using System.Text.Json;

namespace EdocMan.Search.IndexTools.Backup;

/// <summary>One file of a backup: its path relative to the backup folder ('/'-separated), size and SHA-256.</summary>
internal sealed record BackupFile(string Path, long Size, string Sha256);

/// <summary>
/// <c>manifest.json</c> of a backup folder: what was backed up and the SHA-256 of every file, so that a
/// restore can prove the copy intact before anything is written.
/// </summary>
/// <remarks>
/// Implementation note: the manifest is written last, into a folder that is renamed from
/// <c>.partial</c> to its final name only afterwards. A folder with a manifest is a complete backup;
/// an interrupted one never looks like one, and is never chosen as the base of an incremental backup.
/// </remarks>
internal sealed record BackupManifest(
    int Format,
    DateTimeOffset CreatedAt,
    string Kind,
    string? Base,
    int Documents,
    int IndexedDocuments,
    string? IndexCommit,
    int IndexDocuments,
    int OriginalsCopied,
    int OriginalsLinked,
    IReadOnlyList<BackupFile> Files)
{
    public const string FileName = "manifest.json";
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public void Write(string folder) =>
        File.WriteAllText(System.IO.Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json));

    /// <summary>Reads the manifest of <paramref name="folder"/>, or explains in one line why it cannot be used.</summary>
    public static BackupManifest Read(string folder, out string? problem)
    {
        var path = System.IO.Path.Combine(folder, FileName);
        problem = null;
        if (!File.Exists(path))
        {
            problem = $"no {FileName} in {folder}: not a backup folder, or an interrupted backup";
            return Empty;
        }
        try
        {
            var manifest = JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(path), Json);
            problem = manifest switch
            {
                null => "it is empty",
                { Format: not CurrentFormat } => $"format {manifest.Format} is not {CurrentFormat}",
                { Files: null or { Count: 0 } } => "it lists no files",
                _ when manifest.Files.Any(f => !IsSafe(f)) => "it lists a file outside the backup folder or without a SHA-256",
                _ when !manifest.Files.Any(f => f.Path == DatabaseFile) => $"it lists no {DatabaseFile}",
                _ => null,
            };
            if (problem is not null)
            {
                problem = $"{path} is corrupt: {problem}";
            }
            return problem is null ? manifest! : Empty;
        }
        catch (JsonException ex)
        {
            problem = $"{path} is corrupt: {ex.Message}";
            return Empty;
        }
    }

    public const string DatabaseFile = "edocman.db";
    public const string IndexFolder = "index";
    public const string OriginalsFolder = "originals";

    private static readonly BackupManifest Empty = new(0, default, "", null, 0, 0, null, 0, 0, 0, []);

    // A manifest is input: a path like ../../etc/passwd must never be read or written by a restore.
    private static bool IsSafe(BackupFile file) =>
        file is { Path: { Length: > 0 }, Sha256: { Length: 64 } }
        && !System.IO.Path.IsPathRooted(file.Path)
        && !file.Path.Split('/').Any(part => part is "" or "." or "..")
        && file.Sha256.All(Uri.IsHexDigit);
}
