namespace EdocMan.Search.Extraction;

/// <summary>
/// A seekable view of an extractor's input, positioned at its start.
/// </summary>
/// <remarks>
/// Implementation note: every extractor reads a seekable input from its beginning, whatever its current
/// position (the upload endpoint has usually just read the head to sniff the type), and puts the
/// position back when done, so Preflight can be followed by saving the same stream. A non-seekable
/// input is copied into memory once. The caller's stream is never disposed.
/// </remarks>
internal sealed class SeekableContent : IDisposable
{
    private readonly bool _owned;
    private readonly long _originalPosition;

    private SeekableContent(Stream stream, bool owned, long originalPosition)
    {
        Stream = stream;
        _owned = owned;
        _originalPosition = originalPosition;
    }

    /// <summary>The content, seekable, at position 0.</summary>
    public Stream Stream { get; }

    public static SeekableContent Open(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek)
        {
            var position = content.Position;
            content.Position = 0;
            return new SeekableContent(content, owned: false, position);
        }
        var copy = new MemoryStream();
        content.CopyTo(copy);
        copy.Position = 0;
        return new SeekableContent(copy, owned: true, 0);
    }

    public static async Task<SeekableContent> OpenAsync(Stream content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek)
        {
            return Open(content);
        }
        var copy = new MemoryStream();
        await content.CopyToAsync(copy, ct).ConfigureAwait(false);
        copy.Position = 0;
        return new SeekableContent(copy, owned: true, 0);
    }

    /// <summary>All the bytes of the content, leaving a seekable input's position where it was.</summary>
    public static byte[] ReadAllBytes(Stream content)
    {
        using var view = Open(content);
        return view.ToArray();
    }

    /// <inheritdoc cref="ReadAllBytes"/>
    public static async Task<byte[]> ReadAllBytesAsync(Stream content, CancellationToken ct)
    {
        using var view = await OpenAsync(content, ct).ConfigureAwait(false);
        if (view.Stream is MemoryStream memory)
        {
            return memory.ToArray();
        }
        var bytes = new MemoryStream();
        await view.Stream.CopyToAsync(bytes, ct).ConfigureAwait(false);
        return bytes.ToArray();
    }

    /// <summary>Up to <paramref name="count"/> bytes from <paramref name="offset"/> (negative: from the end).</summary>
    public byte[] ReadRange(long offset, int count)
    {
        var length = Stream.Length;
        var start = offset >= 0 ? Math.Min(offset, length) : Math.Max(0, length + offset);
        var buffer = new byte[(int)Math.Min(count, length - start)];
        Stream.Position = start;
        Stream.ReadExactly(buffer);
        Stream.Position = 0;
        return buffer;
    }

    private byte[] ToArray()
    {
        if (Stream is MemoryStream memory && _owned)
        {
            return memory.ToArray();
        }
        var bytes = new MemoryStream();
        Stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    public void Dispose()
    {
        if (_owned)
        {
            Stream.Dispose();
            return;
        }
        try
        {
            Stream.Position = _originalPosition;
        }
        catch (ObjectDisposedException)
        {
            // The caller closed its stream already; there is no position to restore.
        }
    }
}
