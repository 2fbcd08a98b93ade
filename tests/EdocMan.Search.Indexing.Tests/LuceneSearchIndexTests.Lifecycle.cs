using System.Diagnostics;
using EdocMan.Search.Indexing.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace EdocMan.Search.Indexing.Tests;

public sealed partial class LuceneSearchIndexTests
{
    [Fact]
    public async Task Documents_survive_dispose_and_reopen()
    {
        var doc = Docs.Make("Quy chế", pages: QuyChe);
        await _fx.AddAsync(doc);

        var reopened = _fx.Reopen();

        Assert.Equal(doc.Id, Assert.Single(reopened.Search(Docs.Query("phan mem")).Hits).Id);
        Assert.Equal(1, reopened.GetStats().DocumentCount);
    }

    [Fact]
    public async Task Commit_makes_writes_durable_for_other_readers()
    {
        await _fx.Index.UpsertAsync(Docs.Make("Một", pages: "nội dung"), CancellationToken.None);

        await _fx.Index.CommitAsync();

        using var directory = FSDirectory.Open(_fx.Path);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(1, reader.NumDocs);
    }

    [Fact]
    public async Task Stale_write_lock_does_not_prevent_opening()
    {
        var doc = Docs.Make("Quy chế", pages: QuyChe);
        await _fx.AddAsync(doc);
        _fx.Index.Dispose();
        // What a killed process leaves behind.
        await File.WriteAllTextAsync(Path.Combine(_fx.Path, IndexWriter.WRITE_LOCK_NAME), "stale");

        var reopened = _fx.Reopen();

        Assert.True(reopened.Contains(doc.Id));
        await reopened.UpsertAsync(Docs.Make("Mới", pages: "nội dung"), CancellationToken.None);
        await reopened.CommitAsync();
    }

    [Fact]
    public void Second_instance_on_the_same_folder_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => _fx.Open());
        // The refusal must not release the first instance's claim.
        Assert.Throws<InvalidOperationException>(() => _fx.Open());
        Assert.Equal(0, _fx.Index.GetStats().DocumentCount);
    }

    [Fact]
    public void Dispose_twice_is_safe_and_later_calls_report_disposal()
    {
        _fx.Index.Dispose();
        _fx.Index.Dispose();

        Assert.Throws<ObjectDisposedException>(() => _fx.Search("x"));
    }

    [Fact]
    public async Task Schema_version_is_stored_in_the_commit()
    {
        Assert.Equal(IndexSchema.SchemaVersion, _fx.Index.GetStats().SchemaVersion);
        Assert.Equal(_fx.Path, _fx.Index.GetStats().Location);
        await _fx.AddAsync(Docs.Make("Một", pages: "nội dung"));
        await _fx.Index.CommitAsync();
        _fx.Index.Dispose();

        using (var directory = FSDirectory.Open(_fx.Path))
        {
            Assert.Equal(IndexSchema.SchemaVersion, IndexSchema.ReadSchemaVersion(directory));
            Assert.False(IndexSchema.NeedsRebuild(directory));
        }
        Assert.Equal(IndexSchema.SchemaVersion, _fx.Reopen().GetStats().SchemaVersion);
    }

    [Fact]
    public void Index_without_schema_version_needs_rebuild()
    {
        using var folder = new TempIndexFolder();
        using var directory = FSDirectory.Open(folder.Path);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null)))
        {
            writer.Commit();
        }

        Assert.Null(IndexSchema.ReadSchemaVersion(directory));
        Assert.True(IndexSchema.NeedsRebuild(directory));
    }

    [Fact]
    public void Missing_index_needs_no_rebuild()
    {
        using var folder = new TempIndexFolder();
        using var directory = FSDirectory.Open(folder.Path);

        Assert.False(IndexSchema.NeedsRebuild(directory));
    }

    [Fact]
    public async Task Upsert_becomes_searchable_without_an_explicit_refresh()
    {
        var doc = Docs.Make("Tức thì", pages: "cập nhật gần thời gian thực");
        var clock = Stopwatch.StartNew();

        await _fx.Index.UpsertAsync(doc, CancellationToken.None);
        // Bounded generously: this checks that the background refresh happens, not how fast (benchmarks do that).
        while (!_fx.Index.Contains(doc.Id) && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        Assert.True(_fx.Index.Contains(doc.Id), $"not searchable after {clock.Elapsed} without a refresh");
        Assert.Equal(1, _fx.Search("cap nhat").Total);
    }
}
