using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Api.Tests.Features.Documents;
using EdocMan.Search.Testing;
using EdocMan.Search.Testing.Hostile;
using Xunit.Abstractions;

namespace EdocMan.Search.Api.Tests.Reliability;

/// <summary>
/// Hundreds of malformed files through real HTTP: never a 5xx, always a Vietnamese 4xx problem or a document
/// that ends Indexed or Failed with a Vietnamese reason, originals byte-identical, nothing written outside the store.
/// </summary>
[Trait("Category", "Reliability")]
[Collection(ReliabilityCollection.Name)]
public sealed partial class HostileUploadTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20261125;
    private static readonly TimeSpan ProcessingDeadline = TimeSpan.FromSeconds(90);

    // Two workers: the machine's two cores, so the accepted files are processed within the test's budget.
    private readonly ApiFactory _factory = new(new TempDirectory(), ownsData: true,
        new Dictionary<string, string> { ["Ingestion:Workers"] = "2" });

    [Fact]
    public async Task Five_hundred_malformed_files_get_a_clear_answer_and_keep_their_originals()
    {
        var started = DateTime.UtcNow;
        var watch = Stopwatch.StartNew();
        var files = HostileFiles.Generate(Seed).ToList();
        output.WriteLine($"seed {Seed}: {files.Count} files generated in {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.True(files.Count >= 500, $"only {files.Count} files");

        var client = await _factory.SignedInClientAsync("chiennv");
        var failures = new ConcurrentBag<string>();
        var accepted = new ConcurrentBag<(HostileFile File, string Url)>();
        var statuses = new ConcurrentDictionary<int, int>();
        var durations = new ConcurrentBag<(string Kind, double Seconds)>();
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (file, ct) =>
        {
            var one = Stopwatch.StartNew();
            var response = await client.PostAsync("/tttt/api/documents", RawMultipart.For(file), ct);
            durations.Add((file.Kind, one.Elapsed.TotalSeconds));
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            var problem = await CheckAnswerAsync(file, response);
            if (problem is not null)
            {
                failures.Add($"{file.Kind}: {problem}");
            }
            else if (response.StatusCode == HttpStatusCode.Accepted)
            {
                accepted.Add((file, response.Headers.Location!.ToString()));
            }
            else if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
            {
                var body = await response.Content.ReadFromJsonAsync<ProblemBody>(ct);
                accepted.Add((file, body!.DocumentUrl!));
            }
        });
        output.WriteLine($"uploaded in {watch.Elapsed.TotalSeconds:0.0} s: " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        output.WriteLine("slowest: " + string.Join("; ", durations.OrderByDescending(d => d.Seconds).Take(8).Select(d => $"{d.Kind} {d.Seconds:0.0} s")));

        var deadline = DateTime.UtcNow + ProcessingDeadline;
        var outcomes = new ConcurrentDictionary<string, int>();
        foreach (var (file, url) in accepted)
        {
            var problem = await CheckStoredAsync(client, file, url, deadline, outcomes);
            if (problem is not null)
            {
                failures.Add($"{file.Kind}: {problem}");
            }
        }
        output.WriteLine($"processed in {watch.Elapsed.TotalSeconds:0.0} s: " + string.Join(", ", outcomes.Select(o => $"{o.Key}×{o.Value}")));

        if (StoreProblems(started) is { } store)
        {
            failures.Add(store);
        }
        Assert.True(failures.IsEmpty, $"seed {Seed}: {failures.Count} problems:\n" + string.Join("\n", failures.Take(40)));
    }

    /// <summary>Null when the answer is a 202 or a clear Vietnamese 4xx problem; else what is wrong.</summary>
    private static async Task<string?> CheckAnswerAsync(HostileFile file, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (status == 202)
        {
            var document = System.Text.Json.JsonSerializer.Deserialize<DocumentResponse>(body, Json);
            return document is null ? "202 without a document" : FileNameProblem(document.FileName);
        }
        if (status is < 400 or >= 500)
        {
            return $"status {status}: {Shorten(body)}";
        }
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"status {status} as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}: {Shorten(body)}";
        }
        var problem = System.Text.Json.JsonSerializer.Deserialize<ProblemBody>(body, Json);
        return Vietnamese.IsVietnamese(problem?.Detail) ? null : $"status {status} without a Vietnamese detail: {Shorten(body)}";
    }

    private static async Task<string?> CheckStoredAsync(
        HttpClient client, HostileFile file, string url, DateTime deadline, ConcurrentDictionary<string, int> outcomes)
    {
        DocumentResponse? document;
        while (true)
        {
            var response = await client.GetAsync(url);
            if (!response.IsSuccessStatusCode)
            {
                return $"GET {url} answered {(int)response.StatusCode}";
            }
            document = await response.Content.ReadFromJsonAsync<DocumentResponse>();
            if (document!.Status is "Indexed" or "Failed" || DateTime.UtcNow > deadline)
            {
                break;
            }
            await Task.Delay(200);
        }
        outcomes.AddOrUpdate(document.Status, 1, (_, n) => n + 1);
        if (document.Status is not ("Indexed" or "Failed"))
        {
            return $"still {document.Status} after the deadline";
        }
        if (document.Status == "Failed" && !Vietnamese.IsVietnamese(document.FailureReason))
        {
            return $"Failed without a Vietnamese reason: {document.FailureReason}";
        }
        var original = await client.GetAsync(document.OriginalUrl);
        if (!original.IsSuccessStatusCode)
        {
            return $"original answered {(int)original.StatusCode}";
        }
        var bytes = await original.Content.ReadAsByteArrayAsync();
        return bytes.AsSpan().SequenceEqual(file.Bytes) ? FileNameProblem(document.FileName) : "original differs from the upload";
    }

    private static string? FileNameProblem(string name) =>
        name.Length == 0 || name.Length > 255 || name.Contains('/') || name.Contains('\\') || name.StartsWith('.') || name.Any(char.IsControl)
            ? $"unsafe stored file name “{Shorten(name)}”"
            : null;

    /// <summary>Every file under the data folder is the database, the index, or an original under its hash.</summary>
    private string? StoreProblems(DateTime started)
    {
        var root = _factory.Data.Path;
        var strays = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(relative => !KnownFile().IsMatch(relative))
            .ToList();
        // A traversal that escaped would have written next to or above the data folder.
        var above = Path.GetDirectoryName(root)!;
        var escaped = Directory.EnumerateFiles(above, "*", SearchOption.TopDirectoryOnly)
            .Concat(Directory.EnumerateFiles(Path.GetTempPath(), "edocman-escape*"))
            .Where(path => File.GetLastWriteTimeUtc(path) >= started)
            .ToList();
        return strays.Count + escaped.Count == 0
            ? null
            : "files outside the store layout: " + string.Join(", ", strays.Concat(escaped).Take(10));
    }

    [GeneratedRegex(@"^(edocman\.db(-wal|-shm|-journal)?|index/.+|originals/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}(\.[a-z]+)?|no-samples/.*)$")]
    private static partial Regex KnownFile();

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    private static string Shorten(string text) => HostileFiles.Shorten(text.Replace('\n', ' '));

    public void Dispose() => _factory.Dispose();
}
