namespace EdocMan.Search.Core.Documents;

/// <summary>
/// The store of originals, addressed by the SHA-256 of their bytes.
/// </summary>
/// <remarks>
/// Content addressing makes an original impossible to overwrite with other bytes and makes a
/// duplicate upload cheap to detect. Implementations must be safe for concurrent use and must
/// never leave a partially written file under a final address (write to a temporary file, then move).
/// </remarks>
public interface IDocumentStore
{
    /// <summary>Copies <paramref name="content"/> into the store and returns its address.</summary>
    Task<StoredOriginal> SaveAsync(Stream content, CancellationToken ct);

    /// <summary>Opens the original for reading; throws <see cref="FileNotFoundException"/> when absent.</summary>
    Stream OpenRead(string sha256);

    bool Exists(string sha256);

    /// <summary>
    /// Removes an original for good (the administrator's purge of content that must not be held);
    /// returns whether there was one. The caller checks that no other document refers to the same bytes.
    /// </summary>
    bool Delete(string sha256);
}

/// <summary>The address and size of a stored original.</summary>
public sealed record StoredOriginal(string Sha256, long SizeBytes);
