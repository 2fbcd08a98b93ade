using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Api.Tests.Reliability;

public sealed partial class CrashSafetyTests
{
    /// <summary>One small document with a marker word found in no other.</summary>
    private sealed record TestFile(string Name, byte[] Bytes, string Sha256, string Marker)
    {
        public static TestFile Create(int i, string run)
        {
            var marker = $"zqk{run}{i:D4}";
            var text = $"Công văn số {i + 1}/STTTT-KT ngày 25 tháng 11 năm 2026 về việc kiểm thử độ bền khi máy chủ dừng đột ngột. Mã kiểm thử {marker}.";
            // One in four is a PDF with a text layer, the rest plain text: both extractors, small files, fast ingestion.
            var (name, bytes) = i % 4 == 0 ? ($"cv-{i:D4}.pdf", PdfFactory.FromText(text)) : ($"cv-{i:D4}.txt", Encoding.UTF8.GetBytes(text));
            return new TestFile(name, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), marker);
        }
    }

    /// <summary>What the server answered to each upload; written by the uploaders concurrently.</summary>
    private sealed class UploadLog(int count)
    {
        public Guid?[] Ids { get; } = new Guid?[count];

        public int Accepted;
        public int Recovered;
        public int Retries;
    }

    /// <summary>
    /// Uploads until the server answers. A request cut by a kill is sent again after the restart: 202 if
    /// it had not been stored, 409 with the existing id if it had (the same bytes are never stored twice).
    /// </summary>
    private static async Task UploadUntilAnsweredAsync(HttpClient http, TestFile file, int i, UploadLog uploads)
    {
        var deadline = DateTime.UtcNow + Patience;
        var retried = false;
        while (true)
        {
            using var form = new MultipartFormDataContent();
            var content = new ByteArrayContent(file.Bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "file", file.Name);
            try
            {
                using var response = await http.PostAsync("/tttt/api/documents", form);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    uploads.Ids[i] = (await response.Content.ReadFromJsonAsync<DocumentResponse>())!.Id;
                    Interlocked.Increment(ref uploads.Accepted);
                    return;
                }
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.Conflict && retried)
                {
                    uploads.Ids[i] = JsonDocument.Parse(body).RootElement.GetProperty("existingId").GetGuid();
                    Interlocked.Increment(ref uploads.Recovered);
                    return;
                }
                throw new Xunit.Sdk.XunitException($"{file.Name}: {(int)response.StatusCode} {body}");
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
                // The server was killed under this request, or is restarting.
                retried = true;
                Interlocked.Increment(ref uploads.Retries);
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Polls every accepted document until none is Stored or Extracting, across the last restart.</summary>
    private static async Task<DocumentResponse[]> WaitUntilProcessedAsync(HttpClient http, UploadLog uploads)
    {
        var deadline = DateTime.UtcNow + Patience;
        var documents = new DocumentResponse[uploads.Ids.Length];
        var pending = Enumerable.Range(0, uploads.Ids.Length).ToList();
        while (pending.Count > 0)
        {
            var still = new List<int>();
            foreach (var i in pending)
            {
                var document = await http.GetFromJsonAsync<DocumentResponse>($"/tttt/api/documents/{uploads.Ids[i]}");
                documents[i] = document!;
                if (document!.Status is "Stored" or "Extracting")
                {
                    still.Add(i);
                }
            }
            pending = still;
            if (pending.Count > 0)
            {
                Assert.True(DateTime.UtcNow < deadline, $"{pending.Count} documents still not processed after {Patience.TotalSeconds} s");
                await Task.Delay(250);
            }
        }
        return documents;
    }
}
