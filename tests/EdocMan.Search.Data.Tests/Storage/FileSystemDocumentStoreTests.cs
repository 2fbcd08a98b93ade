using System.Security.Cryptography;
using EdocMan.Search.Data.Storage;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Data.Tests.Storage;

public sealed class FileSystemDocumentStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task An_original_is_addressed_by_its_SHA256_and_reads_back_identical()
    {
        var store = new FileSystemDocumentStore(_dir.Path);
        var bytes = RandomNumberGenerator.GetBytes(200_000);

        var stored = await store.SaveAsync(new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Sha256);
        Assert.Equal(bytes.Length, stored.SizeBytes);
        await using var read = store.OpenRead(stored.Sha256);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
        Assert.Empty(Directory.EnumerateFiles(_dir.Combine(".incoming")));
    }

    [Fact]
    public async Task Concurrent_saves_of_the_same_bytes_converge_on_one_file()
    {
        var store = new FileSystemDocumentStore(_dir.Path);
        var bytes = RandomNumberGenerator.GetBytes(50_000);

        var results = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() => store.SaveAsync(new MemoryStream(bytes), CancellationToken.None))));

        Assert.Single(results.Select(r => r.Sha256).Distinct());
        Assert.Single(Directory.EnumerateFiles(_dir.Path, "*", SearchOption.AllDirectories), f => !f.Contains(".incoming"));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("abc")]
    public void A_value_that_is_not_a_digest_never_becomes_a_path(string value)
    {
        var store = new FileSystemDocumentStore(_dir.Path);
        Assert.Throws<ArgumentException>(() => store.PathFor(value));
    }

    [Fact]
    public async Task A_purged_original_is_gone()
    {
        var store = new FileSystemDocumentStore(_dir.Path);
        var stored = await store.SaveAsync(new MemoryStream("văn bản mật"u8.ToArray()), CancellationToken.None);

        Assert.True(store.Delete(stored.Sha256));
        Assert.False(store.Exists(stored.Sha256));
        Assert.False(store.Delete(stored.Sha256));
        Assert.Throws<ArgumentException>(() => store.Delete("../../etc/passwd"));
    }

    public void Dispose() => _dir.Dispose();
}
