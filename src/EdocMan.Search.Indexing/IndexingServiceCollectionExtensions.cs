using EdocMan.Search.Core.Options;
using EdocMan.Search.Core.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.Indexing;

/// <summary>Registers the Lucene search index.</summary>
public static class IndexingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISearchIndex"/> as a singleton <see cref="LuceneSearchIndex"/> in the
    /// folder given by <see cref="StorageOptions.ResolveIndexPath"/>. The host registers the options.
    /// Uses <c>TryAdd</c>, so a test or a tool can register its own index first.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="timings">The background refresh and commit intervals; <see cref="IndexTimings.Default"/> when null.</param>
    public static IServiceCollection AddIndexing(this IServiceCollection services, IndexTimings? timings = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ISearchIndex>(sp => new LuceneSearchIndex(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.ResolveIndexPath(),
            sp.GetRequiredService<ILogger<LuceneSearchIndex>>(),
            timings ?? IndexTimings.Default));
        return services;
    }
}
