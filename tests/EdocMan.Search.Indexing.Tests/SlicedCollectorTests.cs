using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Indexing.Analyzers;
using EdocMan.Search.Indexing.Querying;
using EdocMan.Search.Indexing.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace EdocMan.Search.Indexing.Tests;

/// <summary>
/// A search ranked in slices, skipping the boosts of hits that cannot make the page, gives exactly the hits, order,
/// totals and facets of one sequential pass that scores every hit in full.
/// </summary>
public sealed class SlicedCollectorTests : IDisposable
{
    private readonly IndexFixture _fx = new();
    private readonly IndexAnalyzers _analyzers = new();

    [Theory]
    [InlineData("quy chế", null)]
    [InlineData("quy chế quản lý", null)]
    [InlineData("\"quản lý\"", null)]
    [InlineData("quy chế", true)]
    [InlineData("quy chế", false)]
    [InlineData("quy chế quản lý phần mềm", null)]
    public async Task Slices_rank_as_one_pass_does(string text, bool? newestFirst)
    {
        await IndexAsync();
        using var reader = DirectoryReader.Open(FSDirectory.Open(_fx.Path));
        Assert.True(reader.Leaves.Count > 3); // several segments, so slices cut inside and across them
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var query = new QueryTranslator(_analyzers).Translate(text)!.Search;
        var filter = new AccessFilters().For([AccessTokens.Agency("tttt"), AccessTokens.Public]);
        Sort? sort = newestFirst is { } desc ? new Sort(Date(desc), SortField.FIELD_SCORE) : null;

        // 25 fills the page slowly; 3 fills it at once, so most hits are decided on their required words alone.
        foreach (var window in new[] { 25, 3 })
        {
            var sequentialFacets = new FacetCounter();
            ITopDocsCollector top = sort is null ? TopScoreDocCollector.Create(window, true) : TopFieldCollector.Create(sort, window, true, true, false, true);
            searcher.Search(query, filter, MultiCollector.Wrap(top, sequentialFacets));
            var expected = top.GetTopDocs();

            foreach (var slices in new[] { 1, 2, 3, 7 })
            {
                var facets = new FacetCounter();
                var actual = SlicedCollector.Collect(searcher, query, filter, window, sort, facets, slices);

                Assert.Equal(expected.TotalHits, actual.TotalHits);
                Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
                Assert.Equal(Flatten(sequentialFacets), Flatten(facets));
            }
        }
    }

    [Fact]
    public void Ranges_cover_every_document_once_in_order()
    {
        using var directory = new RAMDirectory();
        var leaves = SegmentsOf(directory, 7, 30, 1, 12);
        var ranges = SlicedCollector.Ranges(leaves, 50, 3);

        var covered = ranges.SelectMany(r => r).SelectMany(p => Enumerable.Range(p.Leaf.DocBase + p.From, p.To - p.From)).ToList();
        Assert.Equal(Enumerable.Range(0, 50), covered);
        Assert.Equal(3, ranges.Count);
    }

    private async Task IndexAsync()
    {
        // Identical texts score alike, so ties must come back in document order; some entries are replaced
        // (deleted in their first segment), some belong to another agency, some have no date.
        var ids = new List<Guid>();
        for (var batch = 0; batch < 5; batch++)
        {
            var documents = Enumerable.Range(0, 40).Select(i => MetaDocs.Make(
                $"Văn bản {batch}-{i}",
                i % 3 == 0 ? "quy chế quản lý phần mềm dùng chung" : i % 3 == 1 ? "quy chế về quản lý và sử dụng quy chế" : "báo cáo quy chế",
                agency: i % 5 == 0 ? "gtvt" : "tttt",
                type: i % 2 == 0 ? "QĐ" : "CV",
                signer: i % 4 == 0 ? null : "Cầm Ngọc Minh",
                date: i % 6 == 0 ? null : new DateOnly(2014 + i % 4, 1 + i % 12, 1))).ToList();
            ids.AddRange(documents.Take(3).Select(d => d.Id));
            await _fx.AddAsync([.. documents]);
            await _fx.Index.CommitAsync();
        }
        foreach (var id in ids.Take(6))
        {
            await _fx.Index.UpsertAsync(MetaDocs.Make("Thay thế", "quy chế mới") with { Id = id }, CancellationToken.None);
        }
        await _fx.Index.CommitAsync();
    }

    private static SortField Date(bool descending)
    {
        var field = new SortField(IndexSchema.DocumentDateSort, SortFieldType.INT64, descending);
        field.SetMissingValue(descending ? long.MinValue : long.MaxValue);
        return field;
    }

    private static IList<AtomicReaderContext> SegmentsOf(Lucene.Net.Store.Directory directory, params int[] sizes)
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.Version, null) { MergePolicy = NoMergePolicy.COMPOUND_FILES }))
        {
            foreach (var size in sizes)
            {
                for (var i = 0; i < size; i++)
                {
                    writer.AddDocument([new Lucene.Net.Documents.StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Lucene.Net.Documents.Field.Store.NO)]);
                }
                writer.Commit();
            }
        }
        return DirectoryReader.Open(directory).Leaves;
    }

    private static List<string> Flatten(FacetCounter facets) =>
        facets.Result(100).SelectMany(f => f.Values.Select(v => $"{f.Name}:{v.Value}={v.Count}")).Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        _analyzers.Dispose();
        _fx.Dispose();
    }
}
