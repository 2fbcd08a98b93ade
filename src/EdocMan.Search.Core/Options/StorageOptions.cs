namespace EdocMan.Search.Core.Options;

/// <summary>Where the embedded defaults keep their files. Bound from the "Storage" section.</summary>
public sealed class StorageOptions
{
    /// <summary>Root folder for the database, the index and the originals (default <c>./data</c>).</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>SQLite database file; default <c>{DataDirectory}/edocman.db</c>.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>Lucene index folder; default <c>{DataDirectory}/index</c>.</summary>
    public string? IndexPath { get; set; }

    /// <summary>Store of originals; default <c>{DataDirectory}/originals</c>.</summary>
    public string? OriginalsPath { get; set; }

    /// <summary>Largest upload accepted, in bytes (default 100 MB).</summary>
    public long MaxUploadBytes { get; set; } = 100L * 1024 * 1024;

    public string ResolveDatabasePath() => Full(DatabasePath ?? Path.Combine(DataDirectory, "edocman.db"));

    public string ResolveIndexPath() => Full(IndexPath ?? Path.Combine(DataDirectory, "index"));

    public string ResolveOriginalsPath() => Full(OriginalsPath ?? Path.Combine(DataDirectory, "originals"));

    private static string Full(string path) => Path.GetFullPath(path);
}
