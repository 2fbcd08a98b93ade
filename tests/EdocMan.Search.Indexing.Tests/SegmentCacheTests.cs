using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace EdocMan.Search.Indexing.Tests;

/// <summary>The per-segment cache behind the facet ids and the permission bit sets.</summary>
public sealed class SegmentCacheTests
{
    [Fact]
    public void Slices_asking_for_a_new_segment_at_once_build_it_once_and_share_it()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, null)))
        {
            writer.AddDocument([new StringField("id", "a", Field.Store.NO)]);
        }
        using var reader = DirectoryReader.Open(directory);
        var segment = reader.Leaves[0].AtomicReader;
        var builds = 0;
        var cache = new SegmentCache<object>(_ =>
        {
            Interlocked.Increment(ref builds);
            Thread.Sleep(50); // long enough for every caller to arrive while the first one builds
            return new object();
        });

        var values = new object[8];
        Parallel.For(0, values.Length, new ParallelOptions { MaxDegreeOfParallelism = values.Length }, i => values[i] = cache.For(segment));

        Assert.Equal(1, builds);
        Assert.All(values, v => Assert.Same(values[0], v));
    }
}
