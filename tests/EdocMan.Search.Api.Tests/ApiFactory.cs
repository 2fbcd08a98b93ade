using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EdocMan.Search.Api.Tests;

/// <summary>
/// The real application in the ASP.NET test host, on a real SQLite file, a real on-disk Lucene index
/// and a real store of originals, all in a temporary folder.
/// </summary>
/// <remarks>
/// Demo agencies and accounts are seeded with one known password. Sample documents are not seeded
/// unless <see cref="SeedSamples"/> is set, so tests can upload the seed PDF themselves.
/// </remarks>
public class ApiFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo2014sonla";
    public const string NewPassword = "Sonla2025moi";

    private readonly TempDirectory _data;
    private readonly bool _ownsData;
    private readonly Dictionary<string, string> _settings;

    public ApiFactory() : this(new TempDirectory(), ownsData: true, new Dictionary<string, string>())
    {
    }

    /// <summary>A host over an existing data folder (to test restarts) and with extra settings.</summary>
    internal ApiFactory(TempDirectory data, bool ownsData, Dictionary<string, string> settings)
    {
        _data = data;
        _ownsData = ownsData;
        _settings = settings;
    }

    public TempDirectory Data => _data;

    public bool SeedSamples { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", _data.Path);
        builder.UseSetting("DemoData:Password", DemoPassword);
        builder.UseSetting("DemoData:SamplesPath", SeedSamples ? Samples.Directory : _data.Combine("no-samples"));
        builder.UseSetting("Ingestion:PollSeconds", "1");
        // A test must not meet the nightly compaction because CI ran at 02:00 in Sơn La; its own tests run it on purpose.
        builder.UseSetting("IndexMaintenance:Enabled", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client signed in as a demo account whose issued password has been changed.</summary>
    public async Task<HttpClient> SignedInClientAsync(string username)
    {
        var client = CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { username, password = DemoPassword });
        if (login.StatusCode == HttpStatusCode.Unauthorized)
        {
            // Already changed by an earlier test on this host.
            login = await client.PostAsJsonAsync("/api/auth/login", new { username, password = NewPassword });
            login.EnsureSuccessStatusCode();
            return client;
        }
        login.EnsureSuccessStatusCode();
        var change = await client.PostAsJsonAsync("/api/auth/change-password",
            new { currentPassword = DemoPassword, newPassword = NewPassword });
        change.EnsureSuccessStatusCode();
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsData)
        {
            _data.Dispose();
        }
    }
}

/// <summary>Upload and polling helpers shared by the API tests.</summary>
public static class ApiClientExtensions
{
    public static async Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, string agency, byte[] bytes, string fileName, IDictionary<string, string>? fields = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        foreach (var (key, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), key);
        }
        return await client.PostAsync($"/{agency}/api/documents", form);
    }

    /// <summary>Polls the document until it leaves Stored/Extracting, for at most <paramref name="timeout"/>.</summary>
    public static async Task<DocumentResponse> WaitForProcessingAsync(this HttpClient client, string url, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var document = await client.GetFromJsonAsync<DocumentResponse>(url)
                ?? throw new InvalidOperationException("Empty document response.");
            if (document.Status is "Indexed" or "Failed" || DateTime.UtcNow > deadline)
            {
                return document;
            }
            await Task.Delay(100);
        }
    }
}
