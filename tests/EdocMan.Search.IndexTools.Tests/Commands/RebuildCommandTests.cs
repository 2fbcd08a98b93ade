using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using EdocMan.Search.Data.Indexing;
using EdocMan.Search.IndexTools.Commands;
using EdocMan.Search.IndexTools.Tests.Backup;
using EdocMan.Search.Testing;
using Lucene.Net.Index;
using FSDirectory = Lucene.Net.Store.FSDirectory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.IndexTools.Tests.Commands;

/// <summary>
/// <c>rebuild</c> over generated documents with their index folder wiped: every Indexed document is back
/// once (indexed from several threads), a fresh rebuild drops entries the database no longer has, and a
/// rebuild with a checkpoint re-indexes only what follows it, without doubling what a kill left committed.
/// </summary>
public sealed class RebuildCommandTests : IDisposable
{
    private const int Documents = 45;
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_fresh_rebuild_in_several_rounds_brings_back_every_document_once()
    {
        await PrepareWithoutIndexAsync();

        await using (var services = ToolRun.Services(_data.Path))
        {
            Assert.Equal(0, services.GetRequiredService<ISearchIndex>().GetStats().DocumentCount);
            Assert.Equal(0, await RebuildCommand.RunAsync(services, fresh: true, chunkSize: 4, commitEvery: 10));
        }

        var (exit, output) = await ToolRun.VerifyAsync(_data.Path);
        Assert.True(exit == 0, output);
        await using var after = ToolRun.Services(_data.Path);
        Assert.Equal(Documents, after.GetRequiredService<ISearchIndex>().GetStats().DocumentCount);
        Assert.False(File.Exists(CheckpointPath(after)), "the checkpoint is removed when the rebuild finishes");
        // Five commits flushed five segments or more; the rebuild ends compacted.
        using var reader = DirectoryReader.Open(FSDirectory.Open(after.GetRequiredService<IOptions<StorageOptions>>().Value.ResolveIndexPath()));
        Assert.InRange(reader.Leaves.Count, 1, CompactCommand.DefaultSegments);
    }

    [Fact]
    public async Task A_fresh_rebuild_drops_entries_of_documents_the_database_no_longer_has()
    {
        await using var services = ToolRun.Services(_data.Path);
        await ToolRun.GenerateAsync(services, Documents);
        var index = services.GetRequiredService<ISearchIndex>();
        var orphan = Guid.NewGuid();
        await index.UpsertAsync(new IndexDocument(
            orphan, "ubnd", RegisterKind.Incoming, "Mồ côi", null, null, null, null, null, DateTimeOffset.UtcNow, "x.pdf",
            [new IndexPage(1, "không còn trong cơ sở dữ liệu")], ["public"]), default);
        await index.RefreshAsync();
        Assert.True(index.Contains(orphan));

        await RebuildCommand.RunAsync(services, fresh: true, chunkSize: 7, commitEvery: 14);

        await index.RefreshAsync();
        Assert.False(index.Contains(orphan));
        Assert.Equal(Documents, index.GetStats().DocumentCount);
        Assert.All(await IdsInOrderAsync(services), id => Assert.True(index.Contains(id)));
    }

    [Fact]
    public async Task A_rebuild_resumes_after_the_checkpoint_of_an_interrupted_run()
    {
        await PrepareWithoutIndexAsync();
        await using var services = ToolRun.Services(_data.Path);
        var ids = await IdsInOrderAsync(services);
        // As an interrupted run leaves it: the checkpoint at the 20th document, and (killed after a commit but
        // before its checkpoint was written) the next five committed too.
        await File.WriteAllTextAsync(CheckpointPath(services), ids[19].ToString());
        var index = services.GetRequiredService<ISearchIndex>();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
            foreach (var entry in await IndexEntryBuilder.BuildAsync(db, ids.Skip(20).Take(5).ToList(), default))
            {
                await index.AddNewAsync(entry, default);
            }
        }
        await index.CommitAsync();

        await RebuildCommand.RunAsync(services, fresh: false, chunkSize: 4, commitEvery: 10);

        await index.RefreshAsync();
        Assert.Equal(Documents - 20, index.GetStats().DocumentCount);
        Assert.All(ids.Take(20), id => Assert.False(index.Contains(id)));
        Assert.All(ids.Skip(20), id => Assert.True(index.Contains(id)));
        Assert.False(File.Exists(CheckpointPath(services)));
    }

    // Generated documents, then the index folder removed: only the database knows them.
    private async Task PrepareWithoutIndexAsync()
    {
        string indexPath;
        await using (var services = ToolRun.Services(_data.Path))
        {
            await ToolRun.GenerateAsync(services, Documents);
            indexPath = services.GetRequiredService<IOptions<StorageOptions>>().Value.ResolveIndexPath();
        }
        Directory.Delete(indexPath, recursive: true);
    }

    private static async Task<List<Guid>> IdsInOrderAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var ids = await scope.ServiceProvider.GetRequiredService<EdocManDbContext>().Documents.Select(d => d.Id).ToListAsync();
        ids.Sort();
        return ids;
    }

    private static string CheckpointPath(IServiceProvider services) =>
        Path.Combine(services.GetRequiredService<IOptions<StorageOptions>>().Value.ResolveIndexPath(), "..", "rebuild.checkpoint");
}
