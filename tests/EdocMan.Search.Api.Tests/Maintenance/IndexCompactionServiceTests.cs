using EdocMan.Search.Api.Maintenance;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Indexing;
using EdocMan.Search.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.Api.Tests.Maintenance;

/// <summary>
/// The server compacts an index that has gathered segments at night, on a real index on disk; an index with few
/// segments is left alone, and nothing is lost either way.
/// </summary>
public sealed class IndexCompactionServiceTests : IDisposable
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly TempDirectory _folder = new();
    private readonly LuceneSearchIndex _index;

    public IndexCompactionServiceTests()
    {
        _index = new LuceneSearchIndex(_folder.Path, NullLogger<LuceneSearchIndex>.Instance);
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("2026-12-07T01:00:00+07:00", "02:00", 60)]
    [InlineData("2026-12-07T23:30:00+07:00", "02:00", 150)]
    [InlineData("2026-12-07T02:00:00+07:00", "02:00", 24 * 60)]
    [InlineData("2026-12-07T02:01:00+07:00", "02:00", 24 * 60 - 1)]
    // The server's clock is UTC: 18:00 UTC is 01:00 the next day in Sơn La.
    [InlineData("2026-12-07T18:00:00+00:00", "02:00", 60)]
    [InlineData("2026-12-07T10:00:00+07:00", "22:15", 12 * 60 + 15)]
    public void The_next_run_is_the_next_time_of_day_in_Vietnam(string now, string at, int expectedMinutes)
    {
        var wait = IndexCompactionService.UntilNext(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), wait);
    }

    [Fact]
    public async Task An_index_with_more_segments_than_allowed_is_compacted_and_keeps_every_document()
    {
        var ids = await AddInSegmentsAsync(6);
        Assert.Equal(6, _index.GetStats().Segments);
        var service = Service(new IndexMaintenanceOptions { CompactAboveSegments = 4, Segments = 2 }, TimeProvider.System);

        Assert.True(await service.CompactIfNeededAsync());

        var stats = _index.GetStats();
        Assert.InRange(stats.Segments, 1, 2);
        Assert.Equal(6, stats.DocumentCount);
        Assert.All(ids, id => Assert.True(_index.Contains(id)));
        Assert.Equal(6, Search("biên bản").Total);
    }

    [Fact]
    public async Task An_index_full_of_replaced_entries_is_compacted_even_in_few_segments_and_they_are_dropped()
    {
        var ids = await AddInSegmentsAsync(2);
        // Each document re-indexed three times (a changed title or access): its old entries stay until a merge.
        for (var round = 0; round < 3; round++)
        {
            foreach (var id in ids)
            {
                await _index.UpsertAsync(Entry(id, $"Biên bản họp sửa lần {round + 1}"), CancellationToken.None);
            }
        }
        await _index.CommitAsync();
        await _index.RefreshAsync();
        var before = _index.GetStats();
        // Six replaced entries, less those of segments Lucene dropped whole; far over 20 % of the entries either way.
        Assert.InRange(before.DeletedEntries, 2, 6);
        Assert.InRange(before.Segments, 1, 3);
        var service = Service(new IndexMaintenanceOptions { CompactAboveSegments = 10, CompactAboveDeletedPercent = 20, Segments = 4 }, TimeProvider.System);

        Assert.True(await service.CompactIfNeededAsync());

        var after = _index.GetStats();
        Assert.Equal(0, after.DeletedEntries);
        Assert.Equal(2, after.DocumentCount);
        Assert.Equal(2, Search("sửa lần 3").Total);
    }

    [Fact]
    public async Task An_index_with_few_segments_is_left_as_it_is()
    {
        await AddInSegmentsAsync(3);
        var service = Service(new IndexMaintenanceOptions { CompactAboveSegments = 3, Segments = 1 }, TimeProvider.System);

        Assert.False(await service.CompactIfNeededAsync());

        Assert.Equal(3, _index.GetStats().Segments);
    }

    [Fact]
    public async Task An_index_whose_disk_has_no_room_for_a_second_copy_is_left_as_it_is()
    {
        await AddInSegmentsAsync(5);
        var indexBytes = Directory.EnumerateFiles(_index.GetStats().Location).Sum(f => new FileInfo(f).Length);
        var settings = new IndexMaintenanceOptions { CompactAboveSegments = 2, Segments = 1 };

        var tooSmall = Service(settings, TimeProvider.System, freeBytes: indexBytes - 1);
        Assert.False(await tooSmall.CompactIfNeededAsync());
        Assert.Equal(5, _index.GetStats().Segments);

        var bigEnough = Service(settings, TimeProvider.System, freeBytes: indexBytes);
        Assert.True(await bigEnough.CompactIfNeededAsync());
        Assert.Equal(1, _index.GetStats().Segments);
    }

    [Fact]
    public async Task The_running_service_compacts_when_its_time_of_night_comes()
    {
        await AddInSegmentsAsync(5);
        var clock = new MovableClock();
        // A second before 02:00 in Sơn La: the service's wait ends at once, at the real pace.
        clock.MoveTo(new DateTimeOffset(2026, 12, 8, 1, 59, 59, Vietnam));
        var service = Service(new IndexMaintenanceOptions { CompactAboveSegments = 2, Segments = 1 }, clock);

        await service.StartAsync(CancellationToken.None);
        try
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (_index.GetStats().Segments > 1 && waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100);
            }
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }

        Assert.Equal(1, _index.GetStats().Segments);
        Assert.Equal(5, _index.GetStats().DocumentCount);
    }

    [Fact]
    public void The_server_runs_the_service_with_its_IndexMaintenance_settings()
    {
        using var data = new TempDirectory();
        using var app = new ApiFactory(data, ownsData: false, new Dictionary<string, string>
        {
            ["IndexMaintenance:Enabled"] = "true", ["IndexMaintenance:CompactAt"] = "03:30", ["IndexMaintenance:CompactAboveDeletedPercent"] = "35",
        });

        var settings = app.Services.GetRequiredService<IOptions<IndexMaintenanceOptions>>().Value;

        Assert.Contains(app.Services.GetServices<IHostedService>(), s => s is IndexCompactionService);
        Assert.True(settings.Enabled);
        Assert.Equal(new TimeOnly(3, 30), settings.CompactAt);
        Assert.Equal(35, settings.CompactAboveDeletedPercent);
        Assert.Equal(10, settings.CompactAboveSegments);
    }

    [Fact]
    public async Task A_service_that_is_turned_off_never_compacts()
    {
        await AddInSegmentsAsync(5);
        var clock = new MovableClock();
        clock.MoveTo(new DateTimeOffset(2026, 12, 8, 1, 59, 59, Vietnam));
        var service = Service(new IndexMaintenanceOptions { Enabled = false, CompactAboveSegments = 2, Segments = 1 }, clock);

        await service.StartAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(5, _index.GetStats().Segments);
    }

    /// <summary>The service on the real disk, or on one with <paramref name="freeBytes"/> free.</summary>
    private IndexCompactionService Service(IndexMaintenanceOptions settings, TimeProvider clock, long? freeBytes = null) =>
        new(_index, Options.Create(settings), clock, NullLogger<IndexCompactionService>.Instance)
        {
            FreeBytes = freeBytes is { } free ? _ => free : IndexCompactionService.DiskFreeBytes,
        };

    /// <summary>One document per segment: each is committed and made visible before the next is added.</summary>
    private async Task<List<Guid>> AddInSegmentsAsync(int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            await _index.UpsertAsync(Entry(id, $"Biên bản họp số {i + 1}"), CancellationToken.None);
            await _index.CommitAsync();
            await _index.RefreshAsync();
        }
        return ids;
    }

    private static IndexDocument Entry(Guid id, string title) => new(
        id, "tttt", RegisterKind.Incoming, title, "12/BB-STTTT", "BB", "Sở Thông tin và Truyền thông", "Nguyễn Văn An",
        new DateOnly(2026, 12, 1), DateTimeOffset.UtcNow, "bien-ban.pdf", [new IndexPage(1, $"{title}: giao ban tuần của Sở.")], [AccessTokens.Public]);

    private SearchResults Search(string text) => _index.Search(new SearchQuery(text, [AccessTokens.Public], 1, 10));
}
