using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Data;
using EdocMan.Search.IndexTools.Generate;
using EdocMan.Search.Printing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EdocMan.Search.IndexTools.Bench;

/// <summary>
/// <c>bench-pages</c>: how long the server takes to render the web pages at the demo data size, against the
/// JSON search API answering the same query in the same run (the page's own handler without Razor).
/// </summary>
/// <remarks>
/// The server is the Api's own wiring in this process, on a fresh temporary data folder with the demo
/// agencies and sample documents, Kestrel on 127.0.0.1. A văn thư of the agency of the seed regulation
/// signs in (an account made for the bench, so no demo password is needed). Latency is the whole request
/// on loopback, body read; one client, after one untimed pass. Then the upload-to-searchable latency of
/// one-page text PDFs on the same server.
/// </remarks>
internal static class BenchPagesCommand
{
    private const string Password = "bench-pages-password-1";
    private const string Agency = "tttt";
    private const string Query = "quy che quan ly phan mem";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var runs = ToolArgs.Int(args, "--runs", 200);
        var folder = Directory.CreateTempSubdirectory("edocman-bench-pages-").FullName;
        try
        {
            await output.WriteLineAsync($"bench-pages: {runs} runs, data {folder}");
            await output.WriteLineAsync($"machine: {BenchMachine.Describe()}");
            var samples = SentencePool.FindSamplesFolder() ?? throw new InvalidOperationException("samples/ not found: run from the repository.");
            var (app, address) = await LoopbackServer.StartAsync(folder, new Dictionary<string, string?> { ["DemoData:SamplesPath"] = samples }, LogLevel.Error);
            await using var _ = app;
            var username = await CreateClerkAsync(app.Services);

            using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer() };
            using var http = new HttpClient(handler) { BaseAddress = address };
            (await http.PostAsJsonAsync("/api/auth/login", new { username, password = Password })).EnsureSuccessStatusCode();
            var documentId = await WaitForSearchableAsync(http);
            var count = await CountDocumentsAsync(app.Services);
            await output.WriteLineAsync($"demo data: {count} documents; \"{Query}\" finds the seed regulation {documentId}");

            var q = Uri.EscapeDataString(Query);
            var pages = new[]
            {
                new BenchQuery("search page", $"/{Agency}/tim-kiem?q={q}"),
                new BenchQuery("results as you type", $"/{Agency}/tim-kiem?q={q}&partial=true"),
                new BenchQuery("search API (peer)", $"/{Agency}/api/search?q={q}"),
                new BenchQuery("home", $"/{Agency}"),
                new BenchQuery("document view", $"/{Agency}/van-ban/{documentId}?q={q}"),
            };
            var result = await LatencyRun.RunAsync("pages", pages, runs, 1, LatencyRun.WarmUp(args), async page =>
            {
                using var response = await http.GetAsync(page.Text);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
            });
            Report(output, pages, result);
            await UploadToSearchableAsync(http, ToolArgs.Int(args, "--uploads", 20), output);
            await app.StopAsync();
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Report(TextWriter output, IReadOnlyList<BenchQuery> pages, LatencyResult result)
    {
        var api = result.P(50, "search API (peer)");
        output.WriteLine();
        output.WriteLine("| page | p50 ms | p95 ms | p99 ms | p50 vs search API |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var page in pages)
        {
            var p50 = result.P(50, page.Category);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {page.Category} | {p50:0.0} | {result.P(95, page.Category):0.0} | {result.P(99, page.Category):0.0} | {p50 / api:0.00}× |"));
        }
    }

    /// <summary>
    /// Upload-to-searchable: from the start of the upload of a one-page text PDF until a search for a word
    /// only it contains finds it (polled every 5 ms), one upload at a time.
    /// </summary>
    private static async Task UploadToSearchableAsync(HttpClient http, int uploads, TextWriter output)
    {
        var renderer = new TextPdfRenderer();
        var samples = new List<double>(uploads);
        for (var i = 0; i < uploads; i++)
        {
            var marker = "tocdo" + Guid.NewGuid().ToString("N")[..10];
            var pdf = renderer.Render($"Công văn số {i + 1}/STTTT-VP về việc đo thời gian tiếp nhận văn bản, mã {marker}.");
            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(pdf), "file", $"cv-{i + 1}.pdf");
            var start = Stopwatch.GetTimestamp();
            (await http.PostAsync($"/{Agency}/api/documents", form)).EnsureSuccessStatusCode();
            while (true)
            {
                using var json = JsonDocument.Parse(await http.GetStringAsync($"/{Agency}/api/search?q={marker}"));
                if (json.RootElement.GetProperty("total").GetInt64() > 0)
                {
                    break;
                }
                if (Stopwatch.GetElapsedTime(start) > TimeSpan.FromMinutes(1))
                {
                    throw new TimeoutException($"Upload {i + 1} was not searchable within a minute.");
                }
                await Task.Delay(5);
            }
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"upload to searchable, one-page text PDF, {uploads} uploads one at a time: p50 {Percentiles.Of(samples, 50):0} ms, p95 {Percentiles.Of(samples, 95):0} ms, max {samples.Max():0} ms"));
    }

    // The sample documents are indexed by the worker about a second after start: wait for the seed's.
    private static async Task<Guid> WaitForSearchableAsync(HttpClient http)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync($"/{Agency}/api/search?q={Uri.EscapeDataString(Query)}"));
            var hits = json.RootElement.GetProperty("hits");
            if (hits.GetArrayLength() > 0)
            {
                return hits[0].GetProperty("id").GetGuid();
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The demo documents were not indexed within a minute.");
    }

    private static async Task<int> CountDocumentsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EdocManDbContext>().Documents.CountAsync();
    }

    private static async Task<string> CreateClerkAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var agency = await db.Agencies.SingleAsync(a => a.Code == Agency);
        var account = new Account { AgencyId = agency.Id, Username = "benchpages", FullName = "Bench Pages", PasswordHash = string.Empty, Roles = [Roles.Clerk] };
        account.PasswordHash = new PasswordHasher<Account>().HashPassword(account, Password);
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return account.Username;
    }
}
