using System.Diagnostics;
using System.Globalization;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using EdocMan.Search.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.IndexTools.Generate;

/// <summary>
/// Writes synthetic registered documents straight to the database (documents, pages, grants; status
/// Indexed, no ingestion job, no OCR), the store of originals and the index, in batches.
/// </summary>
/// <remarks>
/// Implementation note: each batch is one database transaction, committed only after the batch's
/// index entries are committed. A run killed mid-batch thus leaves no rows for that batch; the next
/// run counts the generated documents (by <see cref="DocumentComposer.FileNamePrefix"/>), replays the
/// plans before that count and regenerates the same ids, so index entries left by the killed batch are
/// replaced, never duplicated.
/// </remarks>
internal static class GenerateCommand
{
    /// <summary>The demo agencies, created when the database has none (same codes as the demo data).</summary>
    private static readonly (string Code, string Name, string Symbol)[] DefaultAgencies =
    [
        ("gtvt", "Sở Giao thông vận tải", "SGTVT"), ("tttt", "Sở Thông tin và Truyền thông", "STTTT"),
        ("maison", "UBND huyện Mai Sơn", "UBND"), ("tpsonla", "UBND thành phố Sơn La", "UBND"), ("vpubnd", "Văn phòng UBND tỉnh", "VPUBND"),
    ];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var docs = ToolArgs.Int(args, "--docs", 0);
        if (docs <= 0)
        {
            await output.WriteLineAsync("usage: generate --docs N [--source ALQAC.json ...] [--samples DIR] [--seed S]");
            return 2;
        }
        var options = new GenerateOptions(docs, ToolArgs.All(args, "--source"),
            ToolArgs.Value(args, "--samples") ?? SentencePool.FindSamplesFolder(), ToolArgs.Int(args, "--seed", 1));
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        var summary = await GenerateAsync(services, options, output, CancellationToken.None);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"generated {summary.Added} documents ({summary.Existing} existed), {summary.TextBytes / 1e6:0.0} MB of text in {summary.Elapsed.TotalSeconds:0.0} s ({summary.Phases})"));
        return 0;
    }

    /// <summary>Generates documents until the database holds <see cref="GenerateOptions.Documents"/> generated ones.</summary>
    public static async Task<GenerateSummary> GenerateAsync(IServiceProvider services, GenerateOptions options, TextWriter progress, CancellationToken ct)
    {
        var pool = SentencePool.Load(options.Sources, options.SamplesFolder);
        // Timed from here: reading the source corpora is not part of the indexing throughput.
        var watch = Stopwatch.StartNew();
        var index = services.GetRequiredService<ISearchIndex>();
        // Originals without an fsync each (see FileSystemDocumentStore): the generator's bottleneck was the disk.
        var store = new FileSystemDocumentStore(services.GetRequiredService<IOptions<StorageOptions>>().Value.ResolveOriginalsPath(), flushEachFile: false);
        List<Agency> agencies;
        int existing;
        DocumentPlanner planner;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
            agencies = await EnsureAgenciesAsync(db, ct);
            var types = await db.DocumentTypes.AsNoTracking().Where(t => t.Active).OrderBy(t => t.SortOrder).ToListAsync(ct);
            existing = await db.Documents.CountAsync(d => d.FileName.StartsWith(DocumentComposer.FileNamePrefix), ct);
            planner = new DocumentPlanner(agencies, types, options.Seed, firstYear: 2016);
        }
        for (var ordinal = 0; ordinal < existing; ordinal++)
        {
            planner.Next(ordinal);
        }
        var composer = new DocumentComposer(pool, options.Seed);
        long textBytes = 0;
        var added = 0;
        var times = new BatchTimes();
        for (var start = existing; start < options.Documents; start += options.BatchSize)
        {
            var count = Math.Min(options.BatchSize, options.Documents - start);
            var now = DateTimeOffset.UtcNow;
            var batch = Enumerable.Range(start, count).Select(planner.Next).ToList()
                .AsParallel().AsOrdered().Select(p => composer.Compose(p, now)).ToList();
            await WriteBatchAsync(services, index, store, batch, times, ct);
            added += count;
            textBytes += batch.Sum(b => b.Pages.Sum(p => (long)System.Text.Encoding.UTF8.GetByteCount(p.Text)));
            await progress.WriteAsync(string.Create(CultureInfo.InvariantCulture,
                $"\r{start + count}/{options.Documents} documents, {added / Math.Max(0.001, watch.Elapsed.TotalSeconds):0} docs/s   "));
        }
        if (added > 0)
        {
            await progress.WriteLineAsync();
        }
        return new GenerateSummary(existing, added, textBytes, watch.Elapsed, times);
    }

    private static async Task WriteBatchAsync(
        IServiceProvider services, ISearchIndex index, IDocumentStore store, List<GeneratedDocument> batch, BatchTimes times, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (item, token) =>
        {
            await using var bytes = new MemoryStream(item.Original, writable: false);
            await store.SaveAsync(bytes, token);
        });
        times.Originals += watch.Elapsed;
        watch.Restart();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Database.OpenConnectionAsync(ct);
        // WAL with synchronous=NORMAL syncs at checkpoints only: a power cut may lose the last batches but
        // never corrupts the file, and lost batches are regenerated with the same ids on the next run.
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;", ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var item in batch)
        {
            db.Documents.Add(item.Document);
            db.DocumentPages.AddRange(item.Pages);
            db.DocumentGrants.AddRange(item.Grants);
        }
        await db.SaveChangesAsync(ct);
        times.Database += watch.Elapsed;
        watch.Restart();
        await Parallel.ForEachAsync(batch, ct, async (item, token) =>
        {
            var pages = item.Pages.Select(p => new ExtractedPage(p.Number, p.Text, p.Source, p.Confidence));
            await index.UpsertAsync(IngestionPipeline.ToIndexDocument(item.Document, item.AgencyCode, item.AccessTokens, pages), token);
        });
        await index.CommitAsync();
        times.Index += watch.Elapsed;
        watch.Restart();
        await tx.CommitAsync(ct);
        times.Database += watch.Elapsed;
    }

    private static async Task<List<Agency>> EnsureAgenciesAsync(EdocManDbContext db, CancellationToken ct)
    {
        if (!await db.Agencies.AnyAsync(ct))
        {
            db.Agencies.AddRange(DefaultAgencies.Select(a => new Agency { Code = a.Code, Name = a.Name, Symbol = a.Symbol }));
            await db.SaveChangesAsync(ct);
        }
        return await db.Agencies.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct);
    }
}
