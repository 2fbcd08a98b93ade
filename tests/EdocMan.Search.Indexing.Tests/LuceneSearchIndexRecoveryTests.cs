using EdocMan.Search.Indexing.Tests.Support;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;

namespace EdocMan.Search.Indexing.Tests;

/// <summary>Opening an index folder left in an awkward state by an earlier run.</summary>
public sealed class LuceneSearchIndexRecoveryTests : IDisposable
{
    private readonly TempIndexFolder _folder = new();
    private readonly ListLogger<LuceneSearchIndex> _logger = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Lock_leaked_by_an_earlier_writer_is_cleared_with_a_log_line()
    {
        using (var first = new LuceneSearchIndex(_folder.Path, _logger))
        {
            await first.UpsertAsync(Docs.Make("Một", pages: "nội dung"), CancellationToken.None);
        }
        // A writer whose close failed keeps its lock object (lucenenet#1284); simulate that.
        using var directory = FSDirectory.Open(_folder.Path);
        var leaked = directory.MakeLock(IndexWriter.WRITE_LOCK_NAME);
        Assert.True(leaked.Obtain());

        using var index = new LuceneSearchIndex(_folder.Path, _logger);

        Assert.Equal(1, index.GetStats().DocumentCount);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("write.lock"));
    }

    [Fact]
    public async Task Index_with_another_schema_version_is_recreated_with_a_warning()
    {
        using (var directory = FSDirectory.Open(_folder.Path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null)))
        {
            writer.AddDocument([new StringField(IndexSchema.Id, "old", Field.Store.YES)]);
            writer.SetCommitData(new Dictionary<string, string> { [IndexSchema.SchemaVersionKey] = "0" });
            writer.Commit();
        }

        using (var index = new LuceneSearchIndex(_folder.Path, _logger))
        {
            Assert.Equal((0, IndexSchema.SchemaVersion), (index.GetStats().DocumentCount, index.GetStats().SchemaVersion));
            await index.UpsertAsync(Docs.Make("Một", pages: "nội dung"), CancellationToken.None);
        }

        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("re-indexed"));
        using var reopened = FSDirectory.Open(_folder.Path);
        Assert.Equal(IndexSchema.SchemaVersion, IndexSchema.ReadSchemaVersion(reopened));
        Assert.False(IndexSchema.NeedsRebuild(reopened));
    }

    [Fact]
    public async Task A_cleared_index_is_empty_on_disk_and_keeps_its_schema_version()
    {
        using (var index = new LuceneSearchIndex(_folder.Path, _logger, IndexTimings.Bulk))
        {
            await index.UpsertAsync(Docs.Make("Một", pages: "nội dung"), CancellationToken.None);
            await index.CommitAsync();
            await index.ClearAsync();
            Assert.Equal(0, index.GetStats().DocumentCount);
            var added = Docs.Make("Hai", pages: "nội dung khác");
            await index.AddNewAsync(added, CancellationToken.None);
            await index.RefreshAsync();
            Assert.True(index.Contains(added.Id));
        }

        using var reopened = FSDirectory.Open(_folder.Path);
        Assert.Equal(IndexSchema.SchemaVersion, IndexSchema.ReadSchemaVersion(reopened));
        using var reader = DirectoryReader.Open(reopened);
        Assert.Equal(1, reader.NumDocs);
        // Bulk writers skip compound files: each large segment would be copied once more.
        Assert.DoesNotContain(reopened.ListAll(), name => name.EndsWith(".cfs", StringComparison.Ordinal));
    }
}
