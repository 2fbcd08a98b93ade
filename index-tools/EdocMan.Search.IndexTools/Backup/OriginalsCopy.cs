namespace EdocMan.Search.IndexTools.Backup;

/// <summary>
/// Copies originals from the store into a backup folder, each checked against its SHA-256 name, or
/// hard-links the previous backup's file when that one already holds it.
/// </summary>
internal sealed class OriginalsCopy
{
    private readonly string _store;
    private readonly string _backup;
    private readonly string? _previous;
    private readonly Dictionary<string, BackupFile> _previousFiles;

    public OriginalsCopy(string store, string backup, string? previous)
    {
        _store = store;
        _backup = backup;
        _previous = previous;
        _previousFiles = previous is null
            ? []
            : BackupManifest.Read(previous, out _).Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
    }

    public int Copied { get; private set; }

    public long CopiedBytes { get; private set; }

    public int Linked { get; private set; }

    /// <summary>The original's manifest line, or <c>null</c> and why it could not be backed up.</summary>
    public BackupFile? Add(string sha256, out string? problem)
    {
        problem = null;
        // The store's layout: ab/cd/abcd… (FileSystemDocumentStore).
        var relative = $"{BackupManifest.OriginalsFolder}/{sha256[..2]}/{sha256[2..4]}/{sha256}";
        var target = Path.Combine(_backup, relative);
        if (_previous is not null && _previousFiles.TryGetValue(relative, out var known) && known.Sha256 == sha256
            && HardLink.TryCreate(Path.Combine(_previous, relative), target))
        {
            Linked++;
            return known;
        }
        var source = Path.Combine(_store, sha256[..2], sha256[2..4], sha256);
        if (!File.Exists(source))
        {
            problem = $"original missing from the store: {sha256} (purged after the database copy, or lost)";
            return null;
        }
        var actual = FileHashing.CopyWithHash(source, target);
        if (actual != sha256)
        {
            File.Delete(target);
            problem = $"original damaged in the store: {sha256} now hashes to {actual}; not backed up";
            return null;
        }
        var size = new FileInfo(target).Length;
        Copied++;
        CopiedBytes += size;
        return new BackupFile(relative, size, actual);
    }
}
