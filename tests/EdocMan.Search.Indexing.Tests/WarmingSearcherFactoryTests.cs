using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace EdocMan.Search.Indexing.Tests;

/// <summary>Searchers come with every new segment's facet values read, so no search pays for them.</summary>
public sealed class WarmingSearcherFactoryTests
{
    [Fact]
    public void A_new_searcher_has_read_the_facet_values_of_each_segment_and_a_refresh_those_of_new_ones()
    {
        using var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, null) { MergePolicy = NoMergePolicy.COMPOUND_FILES });
        AddSegment(writer, "tttt");
        AddSegment(writer, "gtvt");
        using (var unwarmed = DirectoryReader.Open(directory))
        {
            // Opened without the factory: nothing is read until a search asks (the control).
            Assert.All(unwarmed.Leaves, leaf => Assert.False(FacetOrdinals.IsRead(leaf.AtomicReader)));
        }

        using var manager = new SearcherManager(writer, applyAllDeletes: true, new WarmingSearcherFactory());
        var searcher = manager.Acquire();
        try
        {
            Assert.Equal(2, searcher.IndexReader.Leaves.Count);
            Assert.All(searcher.IndexReader.Leaves, leaf => Assert.True(FacetOrdinals.IsRead(leaf.AtomicReader)));
            Assert.IsType<BM25Similarity>(searcher.Similarity);
        }
        finally
        {
            manager.Release(searcher);
        }

        AddSegment(writer, "snv");
        manager.MaybeRefreshBlocking();
        searcher = manager.Acquire();
        try
        {
            Assert.Equal(3, searcher.IndexReader.Leaves.Count);
            Assert.All(searcher.IndexReader.Leaves, leaf => Assert.True(FacetOrdinals.IsRead(leaf.AtomicReader)));
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    private static void AddSegment(IndexWriter writer, string agency)
    {
        writer.AddDocument([new SortedDocValuesField(IndexSchema.FacetAgency, new BytesRef(agency))]);
        writer.Commit();
    }
}
