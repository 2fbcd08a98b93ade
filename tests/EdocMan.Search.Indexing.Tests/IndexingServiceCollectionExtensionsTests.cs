using EdocMan.Search.Core.Options;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Indexing.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.Indexing.Tests;

public sealed class IndexingServiceCollectionExtensionsTests
{
    [Fact]
    public void Registers_a_singleton_index_in_the_configured_folder()
    {
        using var folder = new TempIndexFolder();
        var services = new ServiceCollection()
            .AddLogging()
            .Configure<StorageOptions>(o => o.IndexPath = Path.Combine(folder.Path, "index"))
            .AddIndexing();

        using (var provider = services.BuildServiceProvider())
        {
            var index = provider.GetRequiredService<ISearchIndex>();

            Assert.IsType<LuceneSearchIndex>(index);
            Assert.Same(index, provider.GetRequiredService<ISearchIndex>());
            Assert.Equal(Path.Combine(folder.Path, "index"), index.GetStats().Location);
        }

        Assert.True(File.Exists(Directory.GetFiles(Path.Combine(folder.Path, "index"), "segments_*").Single()));
    }

    [Fact]
    public void Does_not_replace_an_existing_registration()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ISearchIndex>(_ => throw new InvalidOperationException("custom"));

        services.AddIndexing();

        Assert.Single(services, d => d.ServiceType == typeof(ISearchIndex));
    }
}
