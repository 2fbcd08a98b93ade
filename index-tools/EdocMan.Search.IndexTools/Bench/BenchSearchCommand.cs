using System.Diagnostics;
using System.Globalization;
using EdocMan.Search.Api.Hosting;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using EdocMan.Search.Indexing;
using EdocMan.Search.IndexTools.Commands;
using EdocMan.Search.IndexTools.Eval;
using EdocMan.Search.IndexTools.Generate;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.IndexTools.Bench;

/// <summary>
/// <c>bench-search</c>: generates a corpus in a data folder of its own, then measures indexing
/// (throughput, peak RSS, index size, full rebuild) and search latency at the engine level for 1 and
/// more concurrent clients, and the same queries in SQLite FTS5 in the same run, as a ratio.
/// </summary>
internal static class BenchSearchCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var docs = ToolArgs.Int(args, "--docs", 20_000);
        var runs = ToolArgs.Int(args, "--runs", 20);
        var clients = (ToolArgs.Value(args, "--clients") ?? "1,8").Split(',')
            .Select(c => int.Parse(c, CultureInfo.InvariantCulture)).Where(c => c > 0).ToList();
        var given = ToolArgs.Value(args, "--data");
        var folder = given ?? Path.Combine(Path.GetTempPath(), "edocman-bench-" + Guid.NewGuid().ToString("N")[..8]);
        await output.WriteLineAsync($"bench-search: {docs} documents, {runs} runs of the mix, clients {string.Join(',', clients)}, data {folder}");
        await output.WriteLineAsync($"machine: {BenchMachine.Describe()}");

        var builder = Host.CreateApplicationBuilder([]);
        builder.Configuration["Storage:DataDirectory"] = folder;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddEdocManOptions().AddData().AddIndexing(IndexTimings.Bulk);
        try
        {
            BenchPlan plan;
            using (var host = builder.Build())
            {
                plan = await RunAllAsync(host.Services, args, docs, runs, clients, output);
            }
            if (!args.Contains("--no-http"))
            {
                // The engine's host is disposed first: the server opens the same index folder itself.
                var overHttp = await HttpBench.RunAsync(folder, plan.AgencyCode, plan.Mix, runs, clients, plan.WarmUp, output);
                BenchReport.WriteLatency(output, "Over HTTP", overHttp, plan.Mix.Count * runs);
            }
            return 0;
        }
        finally
        {
            if (given is null && !args.Contains("--keep"))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<BenchPlan> RunAllAsync(IServiceProvider services, string[] args, int docs, int runs, IReadOnlyList<int> clients, TextWriter output)
    {
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        var generate = new GenerateOptions(docs, ToolArgs.All(args, "--source"),
            ToolArgs.Value(args, "--samples") ?? SentencePool.FindSamplesFolder(), ToolArgs.Int(args, "--seed", 1));
        var summary = await GenerateCommand.GenerateAsync(services, generate, output, CancellationToken.None);
        var index = services.GetRequiredService<ISearchIndex>();
        await index.CommitAsync();
        var indexing = new IndexingFigures(summary.Added, summary.Existing + summary.Added, summary.TextBytes, summary.Elapsed, summary.Phases,
            BenchMachine.FolderBytes(storage.ResolveIndexPath()), BenchMachine.PeakRssBytes());
        BenchReport.WriteIndexing(output, indexing);

        // --skip-rebuild: the rebuild was timed on its own (e.g. under /usr/bin/time for its peak RSS).
        var rebuild = Stopwatch.StartNew();
        if (!args.Contains("--skip-rebuild"))
        {
            await RebuildCommand.RunAsync(services, fresh: true);
        }
        rebuild.Stop();
        var rebuildPeakRss = BenchMachine.PeakRssBytes();
        var rebuiltIndexBytes = BenchMachine.FolderBytes(storage.ResolveIndexPath());
        await index.RefreshAsync();

        var (agencyCode, numbers) = await ReadPlanAsync(services);
        // A chuyên viên: sees its agency's outgoing and internal registers and what is published.
        var official = AccessPolicy.ForUser(agencyCode, [Roles.Specialist], accountId: 1_000_000);
        var warmUp = LatencyRun.WarmUp(args);
        var mix = BenchQuery.Mix(numbers);
        var found = mix.Count(q => index.Search(q.ToSearchQuery(official)).Total > 0);
        await output.WriteLineAsync($"engine: {found} of {mix.Count} queries of the mix find documents for a chuyên viên of {agencyCode}");
        if (ToolArgs.Value(args, "--hits") is { } hitsPath)
        {
            // Each query's first page, so that two builds' rankings can be compared with diff.
            await File.WriteAllLinesAsync(hitsPath, mix.SelectMany(q =>
            {
                var results = index.Search(q.ToSearchQuery(official));
                return results.Hits.Select((h, i) => string.Create(CultureInfo.InvariantCulture, $"{q.Category}\t{q.Text}\t{results.Total}\t{i + 1}\t{h.Id:N}\t{h.Score:R}"));
            }));
        }
        if (args.Contains("--http-only"))
        {
            // Only the server's share is wanted (e.g. under a profiler): no engine or peer rows.
            return new BenchPlan(agencyCode, mix, warmUp);
        }
        var results = new List<LatencyResult>();
        foreach (var c in clients)
        {
            results.Add(await LatencyRun.RunAsync("edocman (Lucene)", mix, runs, c, warmUp, q =>
            {
                index.Search(q.ToSearchQuery(official));
                return Task.CompletedTask;
            }));
        }
        // The server counts facets over every visible hit on each search; this row shows that cost at the engine.
        results.Add(await LatencyRun.RunAsync("edocman (Lucene), with facets", mix, runs, 1, warmUp, q =>
        {
            index.Search(q.ToSearchQuery(official) with { IncludeFacets = true });
            return Task.CompletedTask;
        }));
        var ftsLoad = Stopwatch.StartNew();
        // On disk beside the index (as the index is), loaded straight from the database rows; --reuse-peer keeps the
        // table an earlier run of the same data folder loaded (206 s at a million documents).
        var ftsPath = Path.Combine(storage.DataDirectory, "fts5-peer.db");
        var reusePeer = args.Contains("--reuse-peer") && File.Exists(ftsPath);
        if (!reusePeer)
        {
            File.Delete(ftsPath);
        }
        using var fts = new SqliteFts5Engine(matchAll: true, ftsPath);
        if (reusePeer)
        {
            fts.Open();
        }
        else
        {
            await LoadPeerAsync(services, fts);
        }
        ftsLoad.Stop();
        // One connection serves the FTS5 peer, so it runs with one client only.
        var peer = await LatencyRun.RunAsync("sqlite-fts5", mix, runs, 1, warmUp, q =>
        {
            fts.Search(q.Text, 10);
            return Task.CompletedTask;
        });
        BenchReport.WriteSearch(output, indexing, args.Contains("--skip-rebuild") ? null : rebuild.Elapsed, rebuildPeakRss, rebuiltIndexBytes, reusePeer ? null : ftsLoad.Elapsed, new FileInfo(ftsPath).Length, results, peer, mix.Count * runs);
        return new BenchPlan(agencyCode, mix, warmUp);
    }

    // The agency with most documents and four of its own numbers (visible to its officials).
    private static async Task<(string Agency, List<string> Numbers)> ReadPlanAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var agencyId = await db.Documents.GroupBy(d => d.AgencyId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var agencyCode = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Code).FirstAsync();
        var numbers = await db.Documents.AsNoTracking()
            .Where(d => d.AgencyId == agencyId && d.Register == RegisterKind.Outgoing && d.Number != null)
            .OrderBy(d => d.Id).Select(d => d.Number!).Take(4).ToListAsync();
        return (agencyCode, numbers);
    }

    // The corpus as title + number + text per document, streamed from the rows (a million documents'
    // text would not fit in memory twice).
    private static async Task LoadPeerAsync(IServiceProvider services, SqliteFts5Engine fts)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = """
            SELECT d.Id, d.Title, d.Number, group_concat(p.Text, char(10))
            FROM Documents d JOIN DocumentPages p ON p.DocumentId = d.Id GROUP BY d.Id
            """;
        await using var reader = await command.ExecuteReaderAsync();
        fts.Load(Rows(reader));

        static IEnumerable<(string, string)> Rows(System.Data.Common.DbDataReader reader)
        {
            while (reader.Read())
            {
                yield return (reader.GetString(0), reader.GetString(1) + "\n" + (reader.IsDBNull(2) ? "" : reader.GetString(2)) + "\n" + reader.GetString(3));
            }
        }
    }
}

/// <summary>What the HTTP phase reuses from the engine phase: the official's agency, the query mix and the warm-up per row.</summary>
internal sealed record BenchPlan(string AgencyCode, IReadOnlyList<BenchQuery> Mix, TimeSpan WarmUp);

/// <summary>Indexing figures of the generate phase (<paramref name="Documents"/> added by it; a reused data folder may hold more).</summary>
internal sealed record IndexingFigures(int Documents, int IndexedInAll, long TextBytes, TimeSpan Elapsed, BatchTimes Phases, long IndexBytes, long PeakRssBytes);
