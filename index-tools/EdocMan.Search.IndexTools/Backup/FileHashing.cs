using System.Security.Cryptography;

namespace EdocMan.Search.IndexTools.Backup;

/// <summary>SHA-256 of files, and copies that hash what they copy in the same pass.</summary>
internal static class FileHashing
{
    private const int BufferSize = 1 << 20;

    public static string Sha256(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, BufferSize);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Copies <paramref name="source"/> to a new file and returns the SHA-256 of the bytes written.</summary>
    /// <remarks>
    /// Reading once for both keeps a backup of a large store of originals to one pass over the disk. The
    /// copy is flushed to disk before returning: a backup that only sits in the page cache is not one.
    /// </remarks>
    public static string CopyWithHash(string source, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, BufferSize);
        using var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BufferSize];
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            output.Write(buffer, 0, read);
        }
        output.Flush(flushToDisk: true);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
