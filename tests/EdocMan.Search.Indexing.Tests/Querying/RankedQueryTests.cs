using EdocMan.Search.Indexing.Analyzers;
using EdocMan.Search.Indexing.Querying;
using EdocMan.Search.Indexing.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace EdocMan.Search.Indexing.Tests.Querying;

/// <summary>
/// The translated query's boosts (title, exact spelling, word pairs) score as plain optional clauses would, never
/// above their bound, and are skipped only for documents that cannot beat the given score.
/// </summary>
public sealed class RankedQueryTests : IDisposable
{
    private static readonly string[] Queries =
        ["thuế", "thuê đất", "thuế thu nhập cá nhân", "\"quyền sử dụng đất\"", "quyen su dung dat", "hợp đồng thuê nhà", "\"thuế\" -nhà"];

    private readonly IndexFixture _fx = new();
    private readonly IndexAnalyzers _analyzers = new();

    [Fact]
    public async Task A_ranked_query_scores_every_document_as_required_plus_optional_clauses_do()
    {
        using var reader = await IndexAsync();
        var searcher = Searcher(reader);
        foreach (var text in Queries)
        {
            var translated = new QueryTranslator(_analyzers).Translate(text)!;
            Assert.NotEmpty(translated.Boosts);
            var plain = new BooleanQuery { { translated.Required, Occur.MUST } };
            foreach (var boost in translated.Boosts)
            {
                plain.Add(boost, Occur.SHOULD);
            }

            var expected = searcher.Search(plain, reader.MaxDoc);
            var actual = searcher.Search(translated.Search, reader.MaxDoc);

            Assert.True(expected.TotalHits > 5, text);
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => d.Doc), actual.ScoreDocs.Select(d => d.Doc));
            Assert.All(expected.ScoreDocs.Zip(actual.ScoreDocs), p => Assert.Equal(p.First.Score, p.Second.Score, 1e-5f));
            // Explain agrees with the score.
            var best = actual.ScoreDocs[0];
            Assert.Equal(best.Score, searcher.Explain(translated.Search, best.Doc).Value, 1e-5f);
        }
    }

    [Fact]
    public async Task No_boost_scores_above_its_bound_and_every_term_or_phrase_boost_has_one()
    {
        using var reader = await IndexAsync();
        var searcher = Searcher(reader);
        foreach (var text in Queries)
        {
            var ranked = (RankedQuery)searcher.Rewrite(new QueryTranslator(_analyzers).Translate(text)!.Search);
            var weight = (RankedQuery.RankedWeight)searcher.CreateNormalizedWeight(ranked);
            for (var i = 0; i < ranked.Boosts.Count; i++)
            {
                var best = searcher.Search(ranked.Boosts[i], 1);
                Assert.True(float.IsFinite(weight.Bounds[i]), $"{text}: {ranked.Boosts[i]}");
                if (best.TotalHits > 0)
                {
                    Assert.True(best.ScoreDocs[0].Score <= weight.Bounds[i], $"{text}: {ranked.Boosts[i]} scored {best.ScoreDocs[0].Score} > {weight.Bounds[i]}");
                    // Tight enough to be of use: BM25 reaches 45-100 % of it at the best document here.
                    Assert.True(best.ScoreDocs[0].Score > weight.Bounds[i] * 0.3f, $"{text}: {ranked.Boosts[i]} bound {weight.Bounds[i]} is loose");
                }
            }
        }
    }

    [Fact]
    public async Task A_document_that_cannot_beat_the_minimum_is_skipped_without_reading_the_boost_lists()
    {
        using var reader = await IndexAsync(segments: 1);
        var searcher = Searcher(reader);
        var weight = searcher.CreateNormalizedWeight(new QueryTranslator(_analyzers).Translate("thuế thu nhập")!.Search);
        var leaf = reader.Leaves.Single();

        var full = (RankedScorer)weight.GetScorer(leaf, null)!;
        var probe = (RankedScorer)weight.GetScorer(leaf, null)!;
        var skipping = (RankedScorer)weight.GetScorer(leaf, null)!;
        var hits = 0;
        while (full.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
        {
            hits++;
            var score = full.GetScore();
            Assert.Equal(full.DocID, probe.NextDoc());
            Assert.Equal(full.DocID, skipping.NextDoc());
            // Below the score: the same score, summed in the same order. At it: not above, so not worth keeping.
            Assert.Equal(score, probe.ScoreAbove(score - 0.01f));
            Assert.Equal(float.NegativeInfinity, probe.ScoreAbove(score));
            // Far above every score: decided from the required words alone.
            Assert.Equal(float.NegativeInfinity, skipping.ScoreAbove(1_000f));
        }
        Assert.True(hits > 5);
        Assert.True(full.BoostsRead > 0);
        Assert.Equal(0, skipping.BoostsRead);
    }

    // Texts that share words with and without diacritics ("thuế", "thuê"), titles with and without them, and pages of
    // several lengths, spread over several segments.
    private async Task<DirectoryReader> IndexAsync(int segments = 3)
    {
        string[] pages =
        [
            "thuế thu nhập cá nhân của hộ kinh doanh",
            "hợp đồng thuê nhà và thuê đất, giá thuê đất hằng năm",
            "quyền sử dụng đất và thuế sử dụng đất nông nghiệp",
            "thu nhập từ cho thuê nhà phải nộp thuế thu nhập cá nhân theo quy định của luật thuế",
            "giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở",
            "miễn thuế, giảm thuế; không thu tiền thuê đất",
        ];
        string[] titles = ["Quyết định về thuế", "Công văn về việc thuê đất", "Thông báo", "Hướng dẫn quyền sử dụng đất"];
        for (var s = 0; s < segments; s++)
        {
            var documents = Enumerable.Range(0, 30).Select(i =>
                MetaDocs.Make(titles[(i + s) % titles.Length], string.Join(". ", Enumerable.Range(0, 1 + i % 4).Select(k => pages[(i + k * s) % pages.Length]))));
            await _fx.AddAsync([.. documents]);
            await _fx.Index.CommitAsync();
        }
        return DirectoryReader.Open(FSDirectory.Open(_fx.Path));
    }

    private static IndexSearcher Searcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };

    public void Dispose()
    {
        _analyzers.Dispose();
        _fx.Dispose();
    }
}
