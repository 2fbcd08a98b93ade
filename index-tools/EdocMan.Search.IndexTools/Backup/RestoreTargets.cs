using EdocMan.Search.Core.Options;

namespace EdocMan.Search.IndexTools.Backup;

/// <summary>Where each file of a backup goes in the data folder, wherever the storage options place its parts.</summary>
internal sealed class RestoreTargets(StorageOptions storage)
{
    private readonly string _database = storage.ResolveDatabasePath();
    private readonly string _index = storage.ResolveIndexPath();
    private readonly string _originals = storage.ResolveOriginalsPath();
    private readonly string _data = Path.GetFullPath(storage.DataDirectory);

    /// <summary>The first of the data folder and the restored parts that already holds something.</summary>
    public string? FirstOccupied()
    {
        if (File.Exists(_database))
        {
            return _database;
        }
        return new[] { _data, _index, _originals }
            .FirstOrDefault(d => Directory.Exists(d) && Directory.EnumerateFileSystemEntries(d).Any());
    }

    /// <summary>The target of a manifest path, or <c>null</c> for a file this version does not restore.</summary>
    public string? For(string relative)
    {
        if (relative == BackupManifest.DatabaseFile)
        {
            return _database;
        }
        var slash = relative.IndexOf('/', StringComparison.Ordinal);
        var rest = slash < 0 ? null : relative[(slash + 1)..].Replace('/', Path.DirectorySeparatorChar);
        return (slash < 0 ? null : relative[..slash]) switch
        {
            BackupManifest.IndexFolder => Path.Combine(_index, rest!),
            BackupManifest.OriginalsFolder => Path.Combine(_originals, rest!),
            _ => null,
        };
    }

    /// <summary>Undoes a failed restore: the targets were empty before it began.</summary>
    public void DeleteAll()
    {
        File.Delete(_database);
        foreach (var folder in new[] { _index, _originals })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
