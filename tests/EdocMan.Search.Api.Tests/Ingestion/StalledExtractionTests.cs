using System.Text;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.Api.Tests.Ingestion;

/// <summary>
/// The ingestion watchdog through the real server: a file whose extractor loops without reporting a page
/// (and ignores cancellation, as a parser caught in a loop would) ends Failed with a reason a clerk can
/// read once the stall limit passes, its original kept, and the only worker goes on to the next upload.
/// </summary>
public sealed class StalledExtractionTests : IDisposable
{
    private readonly LoopingExtractorFactory _factory = new();

    public void Dispose()
    {
        LoopingExtractor.Release();
        _factory.Dispose();
    }

    [Fact]
    public async Task A_file_whose_extraction_stops_progressing_fails_with_its_reason_and_the_next_file_is_processed()
    {
        var clerk = await _factory.SignedInClientAsync("chiennv");
        var loopingBytes = Encoding.UTF8.GetBytes("TREO: tệp làm bộ đọc chạy vòng lặp.");
        var looping = await clerk.UploadAsync("tttt", loopingBytes, "treo.txt");
        var next = await clerk.UploadAsync("tttt", Encoding.UTF8.GetBytes("Công văn về việc kiểm tra định kỳ."), "binh-thuong.txt");

        var failed = await clerk.WaitForProcessingAsync(looping.Headers.Location!.ToString(), TimeSpan.FromSeconds(90));
        var processed = await clerk.WaitForProcessingAsync(next.Headers.Location!.ToString(), TimeSpan.FromSeconds(90));

        Assert.Equal("Failed", failed.Status);
        Assert.Contains("không đọc thêm được trang nào", failed.FailureReason, StringComparison.Ordinal);
        Assert.Contains("Tệp gốc vẫn được lưu", failed.FailureReason, StringComparison.Ordinal);
        Assert.Equal(loopingBytes, await clerk.GetByteArrayAsync($"/tttt/api/documents/{failed.Id}/original"));
        Assert.Equal("Indexed", processed.Status);
        Assert.True(LoopingExtractor.Entered, "the looping extractor ran");
    }

    private sealed class LoopingExtractorFactory() : ApiFactory(new TempDirectory(), ownsData: true,
        new Dictionary<string, string> { ["Ingestion:StallSeconds"] = "2", ["Ingestion:Workers"] = "1" })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ITextExtractor, LoopingExtractor>());
        }
    }

    /// <summary>Reads plain text, except that a file starting with "TREO" spins until the test ends, deaf to its token.</summary>
    private sealed class LoopingExtractor : ITextExtractor
    {
        private static volatile bool s_released;

        public static bool Entered { get; private set; }

        public static void Release() => s_released = true;

        public string Name => "looping-test";

        public int Score(string contentType) => contentType.StartsWith("text/plain", StringComparison.Ordinal) ? 1_000 : 0;

        public string? Preflight(Stream content) => null;

        public async Task<ExtractedText> ExtractAsync(Stream content, ExtractionRequest request, CancellationToken ct)
        {
            using var reader = new StreamReader(content, Encoding.UTF8);
            var text = await reader.ReadToEndAsync(CancellationToken.None);
            if (text.StartsWith("TREO", StringComparison.Ordinal))
            {
                Entered = true;
                while (!s_released)
                {
                    Thread.Sleep(50);
                }
            }
            return new ExtractedText([new ExtractedPage(1, text, TextSource.TextLayer)]);
        }
    }
}
