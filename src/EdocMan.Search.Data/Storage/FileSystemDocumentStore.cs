using System.Security.Cryptography;
using EdocMan.Search.Core.Documents;

namespace EdocMan.Search.Data.Storage;

/// <summary>
/// Keeps originals as files named by their SHA-256, fanned out as <c>ab/cd/abcd…</c>.
/// </summary>
/// <remarks>
/// Implementation note: bytes are first written and flushed to disk under <c>.incoming/</c>, hashed
/// on the way, then moved to their final name. A crash therefore never leaves a truncated file under
/// a final address, and two uploads of the same bytes converge on the same file. Thread-safe.
/// </remarks>
public sealed class FileSystemDocumentStore : IDocumentStore
{
    private readonly string _root;
    private readonly string _incoming;
    private readonly bool _flushEachFile;

    /// <param name="root">The originals folder.</param>
    /// <param name="flushEachFile">
    /// Whether each original reaches the disk before SaveAsync returns (uploads: a 202 promises the file).
    /// Only the synthetic-corpus generator turns it off: a million fsyncs made it wait on the disk, and a
    /// lost generated original is regenerated or reported by <c>verify</c>.
    /// </param>
    public FileSystemDocumentStore(string root, bool flushEachFile = true)
    {
        _root = Path.GetFullPath(root);
        _flushEachFile = flushEachFile;
        _incoming = Path.Combine(_root, ".incoming");
        Directory.CreateDirectory(_incoming);
    }

    public async Task<StoredOriginal> SaveAsync(Stream content, CancellationToken ct)
    {
        var temp = Path.Combine(_incoming, Guid.NewGuid().ToString("N"));
        try
        {
            string sha;
            long size;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                file.Flush(flushToDisk: _flushEachFile);
                size = file.Length;
                sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            var final = PathFor(sha);
            if (File.Exists(final))
            {
                return new StoredOriginal(sha, size);
            }
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            try
            {
                File.Move(temp, final, overwrite: false);
            }
            catch (IOException) when (File.Exists(final))
            {
                // Another upload of the same bytes won the race; its file is identical.
            }
            return new StoredOriginal(sha, size);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public Stream OpenRead(string sha256) =>
        new FileStream(PathFor(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public bool Exists(string sha256) => File.Exists(PathFor(sha256));

    public bool Delete(string sha256)
    {
        var path = PathFor(sha256);
        if (!File.Exists(path))
        {
            return false;
        }
        File.Delete(path);
        return true;
    }

    /// <summary>The file that holds an original; for diagnostics and tools.</summary>
    public string PathFor(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit))
        {
            // Never let a caller-supplied value become a path outside the store.
            throw new ArgumentException("Not a SHA-256 hex digest.", nameof(sha256));
        }
        var sha = sha256.ToLowerInvariant();
        return Path.Combine(_root, sha[..2], sha[2..4], sha);
    }
}
