using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Accounts;
using EdocMan.Search.Testing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace EdocMan.Search.Api.Tests.Reliability;

/// <summary>
/// The real server process, SIGKILLed at random moments while 500 documents are uploaded and ingested,
/// and restarted each time: nothing that got a 202 is lost, duplicated, left unindexed or altered.
/// </summary>
/// <remarks>
/// The seed of the kill moments is printed; <c>EDOCMAN_CRASH_SEED</c> replays a run.
/// Figures and the command are in docs/reliability.md.
/// </remarks>
[Trait("Category", "Reliability")]
[Collection(CrashSafetyCollection.Name)]
public sealed partial class CrashSafetyTests(ITestOutputHelper log) : IDisposable
{
    private const int DocumentCount = 500;
    private const int Kills = 4; // three while uploading, one after
    private const int Uploaders = 4;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    private readonly TempDirectory _data = new();
    private readonly int _port = ServerProcess.FreePort();
    private readonly List<ServerProcess> _lives = [];

    public void Dispose()
    {
        foreach (var life in _lives)
        {
            life.Dispose();
        }
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    [Fact]
    public async Task Every_accepted_upload_survives_SIGKILLs_present_once_indexed_once_and_intact()
    {
        try
        {
            await RunAsync();
        }
        catch
        {
            // The end of each life's console, so that a failure can be read from the test output alone.
            foreach (var (life, n) in _lives.Select((l, n) => (l, n + 1)))
            {
                var lines = life.Log.Split('\n').Where(l => !l.Contains("Demo account", StringComparison.Ordinal)).TakeLast(15);
                log.WriteLine($"--- server life {n} (pid {life.Id}):\n{string.Join('\n', lines)}");
            }
            throw;
        }
    }

    private async Task RunAsync()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("EDOCMAN_CRASH_SEED"), out var s) ? s : Environment.TickCount;
        log.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var watch = Stopwatch.StartNew();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}"), Timeout = TimeSpan.FromSeconds(20) };
        await StartLifeAsync(http);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await IssueTokenAsync());
        var run = Guid.NewGuid().ToString("N")[..6];
        var files = Enumerable.Range(0, DocumentCount).Select(i => TestFile.Create(i, run)).ToArray();

        var uploads = new UploadLog(DocumentCount);
        var next = -1;
        var uploaders = Enumerable.Range(0, Uploaders).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < DocumentCount)
            {
                await UploadUntilAnsweredAsync(http, files[i], i, uploads);
            }
        })).ToArray();

        // Kill moments are tied to progress, not to the clock, so a slow or loaded machine is hit at the same
        // stages: three while uploads arrive (and the worker ingests behind them), one while the backlog drains.
        var killAfterUploads = new[] { random.Next(40, 140), random.Next(160, 290), random.Next(310, 440) };
        var staleLocks = 0;
        var killedAt = new List<string>();
        foreach (var threshold in killAfterUploads.Append(DocumentCount))
        {
            while (Volatile.Read(ref next) < threshold && !uploaders.Any(t => t.IsFaulted))
            {
                await Task.Delay(10);
            }
            if (threshold == DocumentCount)
            {
                await Task.WhenAll(uploaders);
                await Task.Delay(random.Next(0, 1500));
            }
            _lives[^1].Kill();
            killedAt.Add($"{watch.Elapsed.TotalSeconds:0.0} s ({Math.Min(DocumentCount, Volatile.Read(ref next))} uploads begun)");
            staleLocks += File.Exists(_data.Combine("index/write.lock")) ? 1 : 0;
            await StartLifeAsync(http);
        }
        log.WriteLine($"kills at {string.Join(", ", killedAt)}");
        await Task.WhenAll(uploaders);
        var uploaded = watch.Elapsed;
        log.WriteLine($"uploads answered at {uploaded.TotalSeconds:0.0} s");
        var documents = await WaitUntilProcessedAsync(http, uploads);
        var processed = watch.Elapsed;

        var problems = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, DocumentCount), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            foreach (var problem in await CheckAsync(http, files[i], documents[i]))
            {
                problems.Add($"{files[i].Name}: {problem}");
            }
        });
        await _lives[^1].StopAsync(TimeSpan.FromSeconds(30));
        CheckDataFolder(files, uploads, problems);

        log.WriteLine($"{staleLocks} of {Kills} kills left write.lock behind");
        log.WriteLine($"{uploads.Accepted} uploads answered 202, {uploads.Recovered} answered 409 on a retry (stored before the kill cut the answer), " +
                      $"{uploads.Retries} retries; uploads done at {uploaded.TotalSeconds:0.0} s, all Indexed at {processed.TotalSeconds:0.0} s, " +
                      $"checked at {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.True(problems.IsEmpty, string.Join('\n', problems.Take(30)));
        Assert.Equal(DocumentCount, uploads.Accepted + uploads.Recovered);
        Assert.Equal(Kills, killedAt.Count);
        // A kill always leaves the lock file; that each restart opened the index proves it was handled.
        Assert.Equal(Kills, staleLocks);
        var failures = _lives.SelectMany(l => l.Log.Split('\n')).Where(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal)).ToList();
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    private async Task StartLifeAsync(HttpClient http)
    {
        var life = ServerProcess.Start(_data.Path, _port, new Dictionary<string, string>
        {
            ["DemoData:Password"] = ApiFactory.DemoPassword,
            ["DemoData:SamplesPath"] = _data.Combine("no-samples"),
            ["Ingestion:PollSeconds"] = "1",
            // Two consumers, as on a 4-core server: more interleavings of index writes and database saves to cut.
            ["Ingestion:Workers"] = "2",
        });
        _lives.Add(life);
        await life.WaitUntilReadyAsync(http, TimeSpan.FromSeconds(60));
    }

    /// <summary>Signs in as the tttt clerk, changes the issued password and issues an API token, which survives restarts.</summary>
    private async Task<string> IssueTokenAsync()
    {
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{_port}"),
        };
        (await browser.PostAsJsonAsync("/api/auth/login", new { username = "chiennv", password = ApiFactory.DemoPassword })).EnsureSuccessStatusCode();
        (await browser.PostAsJsonAsync("/api/auth/change-password",
            new { currentPassword = ApiFactory.DemoPassword, newPassword = ApiFactory.NewPassword })).EnsureSuccessStatusCode();
        var created = await browser.PostAsJsonAsync("/api/auth/tokens", new { name = "kiểm thử độ bền", days = 1 });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<ApiTokenResponse>())!.Token!;
    }

}

/// <summary>
/// The crash test runs alone, after the parallel classes: it drives a second server with 500 uploads and
/// would otherwise starve the browser tests' page loads on a two-core machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrashSafetyCollection
{
    public const string Name = "Crash safety, alone";
}
