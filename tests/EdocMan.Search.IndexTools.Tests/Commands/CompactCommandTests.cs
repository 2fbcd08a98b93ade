using EdocMan.Search.Core.Options;
using EdocMan.Search.Core.Search;
using EdocMan.Search.IndexTools.Commands;
using EdocMan.Search.IndexTools.Tests.Backup;
using EdocMan.Search.Testing;
using Lucene.Net.Index;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace EdocMan.Search.IndexTools.Tests.Commands;

/// <summary><c>compact</c> merges the index into the segments asked for, losing nothing; a bad count is refused.</summary>
public sealed class CompactCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Compacting_leaves_one_segment_and_every_document_searchable()
    {
        string indexPath;
        await using (var services = ToolRun.Services(_data.Path))
        {
            // Generated in batches that commit one by one: several segments.
            await ToolRun.GenerateAsync(services, 30);
            await ToolRun.GenerateAsync(services, 60, seed: 8);
            indexPath = services.GetRequiredService<IOptions<StorageOptions>>().Value.ResolveIndexPath();
            Assert.True(SegmentCount(indexPath) > 1);
            var output = new StringWriter();

            Assert.Equal(0, await CompactCommand.RunAsync(services, ["compact", "--segments", "1"], output));
            Assert.Contains("at most 1 segments", output.ToString(), StringComparison.Ordinal);
            Assert.Equal(60, services.GetRequiredService<ISearchIndex>().GetStats().DocumentCount);
        }

        Assert.Equal(1, SegmentCount(indexPath));
        var (exit, verify) = await ToolRun.VerifyAsync(_data.Path);
        Assert.True(exit == 0, verify);
    }

    [Fact]
    public async Task A_segment_count_below_one_is_refused()
    {
        await using var services = ToolRun.Services(_data.Path);
        var output = new StringWriter();

        Assert.Equal(2, await CompactCommand.RunAsync(services, ["compact", "--segments", "0"], output));
        Assert.Contains("--segments", output.ToString(), StringComparison.Ordinal);
    }

    private static int SegmentCount(string indexPath)
    {
        using var reader = DirectoryReader.Open(FSDirectory.Open(indexPath));
        return reader.Leaves.Count;
    }
}
