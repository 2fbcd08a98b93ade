using EdocMan.Search.Indexing.Tests.Support;

namespace EdocMan.Search.Indexing.Tests;

public sealed partial class LuceneSearchIndexTests
{
    [Fact]
    public async Task Concurrent_searches_and_upserts_do_not_throw()
    {
        await _fx.AddAsync(Enumerable.Range(0, 20).Select(i => Docs.Make($"Công văn {i}", pages: QuyChe)).ToArray());
        var ids = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToArray();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(3));

        var writers = Enumerable.Range(0, 2).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 100 && !stop.IsCancellationRequested; i++)
            {
                await _fx.Index.UpsertAsync(Docs.Make($"Bản {w}-{i}", id: ids[i % ids.Length], pages: QuyChe + " lần " + i), CancellationToken.None);
                if (i % 25 == 0)
                {
                    await _fx.Index.CommitAsync();
                }
            }
        }));
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var searches = 0;
            for (; searches < 150 && !stop.IsCancellationRequested; searches++)
            {
                var results = _fx.Search(searches % 2 == 0 ? "quan ly phan mem" : "\"văn bản\" -xyz");
                Assert.True(results.Total >= 20);
                Assert.All(results.Hits, h => Assert.NotEmpty(h.Snippets));
            }
            return searches;
        }));

        await Task.WhenAll(writers.Concat<Task>(readers));
        await _fx.Index.RefreshAsync();

        Assert.Equal(20 + ids.Length, _fx.Index.GetStats().DocumentCount);
    }
}
