using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using EdocMan.Search.Printing;

namespace EdocMan.Search.IndexTools.Load;

/// <summary>One request as the load clients saw it.</summary>
internal readonly record struct LoadSample(string Kind, int Status, double Milliseconds);

/// <summary>An upload answered 202: where its document is, and the word only its text contains.</summary>
internal sealed record AcceptedUpload(string Url, string Marker);

/// <summary>
/// Concurrent clients, each with its own session, that upload unique text PDFs (about one request in four)
/// and search (the rest: a fixed mix of words, phrases, filters, and the markers of earlier uploads).
/// </summary>
/// <threadsafety>Samples and accepted uploads are collected in thread-safe bags.</threadsafety>
internal sealed class LoadClients(Uri server, string agency, string username, string password)
{
    private static readonly string[] Mix =
    [
        "quy chế", "quản lý văn bản", "\"phần mềm quản lý\"", "quan ly van ban", "loai:CV", "cong van", "ủy ban nhân dân",
        "31/2014/QĐ-UBND", "kế hoạch nam:2025", "thông báo -họp", "đường truyền", "bồi dưỡng cán bộ",
    ];

    private static readonly TextPdfRenderer Renderer = new();

    public ConcurrentBag<LoadSample> Samples { get; } = [];

    public ConcurrentBag<AcceptedUpload> Accepted { get; } = [];

    /// <summary>Logs every client in, then runs them until <paramref name="until"/>.</summary>
    public async Task RunAsync(int clients, DateTime until, CancellationToken ct)
    {
        var sessions = new List<HttpClient>();
        for (var i = 0; i < clients; i++)
        {
            sessions.Add(await SignInAsync(ct));
        }
        try
        {
            await Task.WhenAll(sessions.Select((http, i) => Task.Run(() => LoopAsync(http, i, until, ct), ct)));
        }
        finally
        {
            sessions.ForEach(s => s.Dispose());
        }
    }

    public async Task<HttpClient> SignInAsync(CancellationToken ct)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer() };
        var http = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromMinutes(2) };
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { username, password }, ct);
        login.EnsureSuccessStatusCode();
        return http;
    }

    private async Task LoopAsync(HttpClient http, int client, DateTime until, CancellationToken ct)
    {
        var random = new Random(client);
        for (var n = 0; DateTime.UtcNow < until && !ct.IsCancellationRequested; n++)
        {
            if (random.Next(4) == 0)
            {
                await UploadAsync(http, $"lt{client}x{n}x{random.Next():x}", random, ct);
                continue;
            }
            var known = Accepted.Count > 0 && random.Next(3) == 0 ? Accepted.ElementAtOrDefault(random.Next(Accepted.Count)) : null;
            var q = known?.Marker ?? Mix[random.Next(Mix.Length)];
            await TimedAsync("search", () => http.GetAsync($"/{agency}/api/search?q={Uri.EscapeDataString(q)}&page={1 + random.Next(3)}", ct));
        }
    }

    private async Task UploadAsync(HttpClient http, string marker, Random random, CancellationToken ct)
    {
        var text = new StringBuilder($"ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: {random.Next(1, 9999)}/UBND-VX\n\nCÔNG VĂN\nVề việc {marker}\n\n");
        for (var i = random.Next(3, 30); i > 0; i--)
        {
            text.Append(Mix[random.Next(Mix.Length)].Trim('"')).Append(i % 6 == 0 ? ".\n" : ", ");
        }
        var pdf = Renderer.Render(text.ToString());
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", marker + ".pdf");
        form.Add(new StringContent("Công văn " + marker), "title");
        var response = await TimedAsync("upload", () => http.PostAsync($"/{agency}/api/documents", form, ct));
        if (response?.StatusCode == HttpStatusCode.Accepted && response.Headers.Location is { } location)
        {
            Accepted.Add(new AcceptedUpload(location.ToString(), marker));
        }
        response?.Dispose();
    }

    /// <summary>Runs and records one request; a transport failure is recorded as status 0.</summary>
    private async Task<HttpResponseMessage?> TimedAsync(string kind, Func<Task<HttpResponseMessage>> send)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var response = await send();
            await response.Content.LoadIntoBufferAsync();
            Samples.Add(new LoadSample(kind, (int)response.StatusCode, watch.Elapsed.TotalMilliseconds));
            if (kind == "search")
            {
                response.Dispose();
                return null;
            }
            return response;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Samples.Add(new LoadSample(kind, 0, watch.Elapsed.TotalMilliseconds));
            return null;
        }
    }
}
