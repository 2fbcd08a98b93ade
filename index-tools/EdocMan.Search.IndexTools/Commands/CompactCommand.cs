using System.Diagnostics;
using EdocMan.Search.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.IndexTools.Commands;

/// <summary>
/// Merges the index into a few segments, dropping the entries of replaced documents, after a bulk load (an import, a
/// rebuild, generated documents). Each search looks its terms up and starts its scorers once per segment: at a million
/// documents in 24 segments that fixed cost was a large part of a search (docs/benchmarks.md). Stop the server first:
/// one process owns the index.
/// </summary>
internal static class CompactCommand
{
    public const int DefaultSegments = 4;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var segments = ToolArgs.Int(args, "--segments", DefaultSegments);
        if (segments < 1)
        {
            await output.WriteLineAsync("--segments must be 1 or more");
            return 2;
        }
        await CompactAsync(services.GetRequiredService<ISearchIndex>(), segments, output);
        return 0;
    }

    /// <summary>Compacts <paramref name="index"/> and says how long it took; the end of a rebuild too.</summary>
    public static async Task CompactAsync(ISearchIndex index, int segments, TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        await index.CompactAsync(segments);
        await output.WriteLineAsync($"compacted the index into at most {segments} segments in {watch.Elapsed.TotalSeconds:0.0} s ({index.GetStats().DocumentCount} documents)");
    }
}
