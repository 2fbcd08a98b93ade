using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EdocMan.Search.IndexTools.Bench;

/// <summary>
/// The same query mix over HTTP: the real server (the Api's own wiring) started in this process with
/// Kestrel on 127.0.0.1 and a free port, a chuyên viên signed in with a cookie, <c>GET /{agency}/api/search</c>.
/// </summary>
/// <remarks>
/// Implementation note: the server opens the index itself, so the caller must have closed its own index on
/// the folder first (one writer per index folder). The bench account is created directly in the database
/// with the server's password hasher and no forced password change, so the run needs no demo secrets.
/// </remarks>
internal static class HttpBench
{
    private const string Password = "bench-search-password-1";

    public static async Task<List<LatencyResult>> RunAsync(
        string dataFolder, string agencyCode, IReadOnlyList<BenchQuery> mix, int runs, IReadOnlyList<int> clients, TimeSpan warmUp, TextWriter output)
    {
        var (app, address) = await LoopbackServer.StartAsync(dataFolder, new Dictionary<string, string?> { ["DemoData:Enabled"] = "false" });
        await using var _ = app;
        var username = await CreateAccountAsync(app.Services, agencyCode);

        using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), MaxConnectionsPerServer = 64 };
        using var http = new HttpClient(handler) { BaseAddress = address };
        using (var login = await http.PostAsJsonAsync("/api/auth/login", new { username, password = Password }))
        {
            login.EnsureSuccessStatusCode();
        }
        // A benchmark of empty answers would prove nothing: report how many queries find something.
        var found = 0;
        foreach (var q in mix)
        {
            using var json = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(Url(agencyCode, q)));
            found += json.RootElement.GetProperty("total").GetInt64() > 0 ? 1 : 0;
        }
        output.WriteLine($"over HTTP, {found} of {mix.Count} queries of the mix find documents");
        // The server's own share of a request, without the search: cookie, session and agency checks, routing,
        // a problem answer (an empty q is refused before the index is asked).
        var overhead = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            using var response = await http.GetAsync($"/{agencyCode}/api/search?q=");
            await response.Content.ReadAsByteArrayAsync();
            overhead.Add(watch.Elapsed.TotalMilliseconds);
        }
        overhead.Sort();
        output.WriteLine($"over HTTP without the search (sign-in and agency checks, a 400 answer), 200 requests: p50 {overhead[100]:0.00} ms");
        var results = new List<LatencyResult>();
        foreach (var c in clients)
        {
            var inServer = new System.Collections.Concurrent.ConcurrentBag<double>();
            results.Add(await LatencyRun.RunAsync("edocman over HTTP", mix, runs, c, warmUp, async q =>
            {
                using var response = await http.GetAsync(Url(agencyCode, q));
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
                if (SearchDuration(response) is { } ms)
                {
                    inServer.Add(ms);
                }
            }));
            // Warm-up requests included: the split of a request's time, not a latency figure of its own.
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"over HTTP, {c} client(s): the index's own share (Server-Timing) p50 {Percentiles.Of(inServer, 50):0.00} ms, p95 {Percentiles.Of(inServer, 95):0.00} ms"));
        }
        await app.StopAsync();
        return results;
    }

    /// <summary>The server's own time for the search (<c>Server-Timing: search;dur=…</c>), if it said.</summary>
    internal static double? SearchDuration(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Server-Timing", out var values)
        && values.FirstOrDefault() is { } value
        && value.Split("dur=") is [_, var ms]
        && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;

    private static string Url(string agency, BenchQuery q)
    {
        var url = $"/{agency}/api/search?pageSize=10&q={Uri.EscapeDataString(q.Text)}";
        if (q.DocumentType is { } type)
        {
            url += "&type=" + Uri.EscapeDataString(type);
        }
        if (q.From is { } from)
        {
            url += "&from=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (q.To is { } to)
        {
            url += "&to=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return url;
    }

    private static async Task<string> CreateAccountAsync(IServiceProvider services, string agencyCode)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var agency = await db.Agencies.SingleAsync(a => a.Code == agencyCode);
        var username = "benchsearch";
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Username == username);
        if (account is null)
        {
            account = new Account { AgencyId = agency.Id, Username = username, FullName = "Bench Search", PasswordHash = string.Empty, Roles = [Roles.Specialist] };
            account.PasswordHash = new PasswordHasher<Account>().HashPassword(account, Password);
            db.Accounts.Add(account);
            await db.SaveChangesAsync();
        }
        return username;
    }
}
