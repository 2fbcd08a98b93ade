using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Data;
using EdocMan.Search.IndexTools.Bench;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EdocMan.Search.IndexTools.Load;

/// <summary>
/// <c>load-test --clients 20 --duration 120 [--data DIR] [--agency tttt]</c>: the real server on loopback, clients
/// uploading and searching for the duration; then every upload that got a 202 must end Indexed and be found by
/// its marker word. Prints requests, status counts, p50/p95/p99 latencies and RSS over time; exit 1 on any 5xx,
/// transport failure or lost upload.
/// </summary>
/// <remarks>
/// Implementation note: the server runs in this process (as in <c>bench-search</c>), so the RSS reported is
/// the server's plus the clients'; the clients keep only their samples, so a growing RSS is the server's.
/// </remarks>
internal static class LoadTestCommand
{
    private const string Password = "load-test-password-1";
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var clients = ToolArgs.Int(args, "--clients", 20);
        var duration = TimeSpan.FromSeconds(ToolArgs.Int(args, "--duration", 120));
        var agency = ToolArgs.Value(args, "--agency") ?? "tttt";
        var given = ToolArgs.Value(args, "--data");
        var folder = given ?? Path.Combine(Path.GetTempPath(), "edocman-load-" + Guid.NewGuid().ToString("N")[..8]);
        await output.WriteLineAsync($"load-test: {clients} clients for {duration.TotalSeconds:0} s, agency {agency}, data {folder}");
        await output.WriteLineAsync($"machine: {BenchMachine.Describe()}");

        try
        {
            var (app, address) = await LoopbackServer.StartAsync(folder, new Dictionary<string, string?>
            {
                ["DemoData:Password"] = Guid.NewGuid().ToString("N"),
                ["DemoData:SamplesPath"] = Path.Combine(folder, "no-samples"),
            });
            await using var _ = app;
            var username = await CreateClerkAsync(app.Services, agency);
            var load = new LoadClients(address, agency, username, Password);

            using var stop = new CancellationTokenSource();
            var memory = new List<(double Seconds, long Bytes)>();
            var started = Stopwatch.StartNew();
            var sampler = SampleMemoryAsync(memory, started, stop.Token);
            await load.RunAsync(clients, DateTime.UtcNow + duration, CancellationToken.None);
            var loadSeconds = started.Elapsed.TotalSeconds;
            var (indexed, found, lost) = await DrainAsync(load, agency, output);
            await stop.CancelAsync();
            await sampler;
            await app.StopAsync();

            var samples = load.Samples.ToList();
            var failures = samples.Count(s => s.Status is 0 or >= 500);
            await output.WriteLineAsync($"requests: {samples.Count} in {loadSeconds:0} s ({samples.Count / loadSeconds:0.0}/s); statuses " +
                string.Join(", ", samples.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}")));
            foreach (var kind in samples.GroupBy(s => s.Kind).OrderBy(g => g.Key))
            {
                var ms = kind.Select(s => s.Milliseconds).ToList();
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {kind.Key,-7} {ms.Count,6} requests  p50 {Percentiles.Of(ms, 50),7:0.0} ms  p95 {Percentiles.Of(ms, 95),7:0.0} ms  p99 {Percentiles.Of(ms, 99),7:0.0} ms  max {ms.Max(),7:0.0} ms"));
            }
            await output.WriteLineAsync($"5xx or transport failures: {failures}");
            await output.WriteLineAsync($"uploads: {load.Accepted.Count} accepted (202), {indexed} Indexed, {found} found by their marker, {lost} lost");
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"RSS: first {Mb(memory[0].Bytes)} MB, last {Mb(memory[^1].Bytes)} MB, max {Mb(memory.Max(m => m.Bytes))} MB; over time (s: MB) ") +
                string.Join(" ", memory.Where((_, i) => i % 3 == 0).Select(m => $"{m.Seconds:0}:{Mb(m.Bytes)}")));
            return failures == 0 && lost == 0 ? 0 : 1;
        }
        finally
        {
            if (given is null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Waits for every accepted upload to leave Stored/Extracting, then looks each one up by its marker.</summary>
    private static async Task<(int Indexed, int Found, int Lost)> DrainAsync(LoadClients load, string agency, TextWriter output)
    {
        using var http = await load.SignInAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow + DrainLimit;
        var drain = Stopwatch.StartNew();
        int indexed = 0, found = 0;
        foreach (var upload in load.Accepted)
        {
            string status;
            do
            {
                using var json = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(upload.Url));
                status = json.RootElement.GetProperty("status").GetString() ?? "";
                if (status is "Stored" or "Extracting")
                {
                    await Task.Delay(200);
                }
            }
            while (status is "Stored" or "Extracting" && DateTime.UtcNow < deadline);
            if (status != "Indexed")
            {
                await output.WriteLineAsync($"  lost: {upload.Url} ended {status}");
                continue;
            }
            indexed++;
            var id = upload.Url[(upload.Url.LastIndexOf('/') + 1)..];
            using var hits = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync($"/{agency}/api/search?q={upload.Marker}"));
            if (hits.RootElement.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("id").GetString() == id))
            {
                found++;
            }
            else
            {
                await output.WriteLineAsync($"  not found by its marker {upload.Marker}: {upload.Url}");
            }
        }
        await output.WriteLineAsync($"drained the queue and checked every upload in {drain.Elapsed.TotalSeconds:0.0} s");
        return (indexed, found, load.Accepted.Count - found);
    }

    private static async Task SampleMemoryAsync(List<(double, long)> memory, Stopwatch clock, CancellationToken ct)
    {
        using var process = Process.GetCurrentProcess();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
        do
        {
            process.Refresh();
            memory.Add((clock.Elapsed.TotalSeconds, process.WorkingSet64));
        }
        while (await WaitAsync(timer, ct));
        process.Refresh();
        memory.Add((clock.Elapsed.TotalSeconds, process.WorkingSet64));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static long Mb(long bytes) => bytes / (1 << 20);

    private static async Task<string> CreateClerkAsync(IServiceProvider services, string agencyCode)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var agency = await db.Agencies.SingleAsync(a => a.Code == agencyCode);
        const string Username = "loadtest";
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Username == Username);
        if (account is null)
        {
            account = new Account { AgencyId = agency.Id, Username = Username, FullName = "Load Test", PasswordHash = string.Empty, Roles = [Roles.Clerk] };
            account.PasswordHash = new PasswordHasher<Account>().HashPassword(account, Password);
            db.Accounts.Add(account);
            await db.SaveChangesAsync();
        }
        return Username;
    }
}
