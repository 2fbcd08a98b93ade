using System.Diagnostics;
using System.Text;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Extraction.Office;
using EdocMan.Search.Extraction.Pdf;
using EdocMan.Search.Extraction.PlainText;
using EdocMan.Search.Testing;
using EdocMan.Search.Testing.Hostile;
using Xunit.Abstractions;

namespace EdocMan.Search.Extraction.Tests.Fuzz;

/// <summary>
/// Mutated PDFs, .docx and text files, for a bounded time: each extractor's Preflight returns (never throws), and
/// extraction returns or throws <see cref="ExtractionFailedException"/> — never another exception, never a hang.
/// </summary>
/// <remarks>
/// OCR is left out (no <c>OcrService</c>): it costs seconds a page and is bounded by its own page time-out.
/// A fixed seed and input count in the test command (see <see cref="FuzzSeed"/>); <c>EDOCMAN_FUZZ_SEED=random</c> explores, a number replays.
/// </remarks>
[Trait("Category", "Fuzz")]
public sealed class ExtractorFuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    private const int MaxInputs = 600;
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(10);

    // Tokens that steer a mutated PDF into the parser's less travelled paths.
    private static readonly string[] PdfTokens =
    [
        "obj", "endobj", "stream", "endstream", "<<", ">>", "[", "]", "/Length 999999999", "/Length -1", " 0 R", "xref",
        "trailer", "startxref", "%%EOF", "/Filter /FlateDecode", "/Filter /LZWDecode", "/Filter /ASCII85Decode", "/Type /Page",
        "/Kids [1 0 R]", "/Count -1", "/Count 99999", "/Encrypt 1 0 R", "(", ")", "\\", "BT", "ET", "Tj", "TJ", "/F1 99999 Tf",
        "/W [0 [", "/Widths [", "9999999999999999999", "-0.0000001", "/ObjStm", "/Prev 0", "/Root 0 0 R", "\0\0\0\0",
    ];

    [Fact]
    public async Task Mutated_files_are_read_or_refused_with_a_reason()
    {
        var seed = FuzzSeed.Next(fixedSeed: 20261125);
        var random = new Random(seed);
        ITextExtractor[] extractors = [new PdfPigTextExtractor(), new DocxTextExtractor(), new PlainTextExtractor()];
        string[] types = [ContentTypes.Pdf, ContentTypes.Docx, ContentTypes.PlainText];
        byte[][] seeds =
        [
            PdfFactory.FromText(PdfFactory.VietnameseSample + "\n" + PdfFactory.LongText(1)),
            HostileFormats.Docx(PdfFactory.VietnameseSample),
            Encoding.UTF8.GetBytes(PdfFactory.VietnameseSample),
        ];

        var watch = Stopwatch.StartNew();
        var runs = 0;
        // The same inputs on every machine (a slow one stops early, at the time budget): at most 600.
        while (runs < MaxInputs && watch.Elapsed < Budget)
        {
            var which = runs++ % extractors.Length;
            var input = Mutate(seeds[which], random);
            var extractor = extractors[which];
            var outcome = await RunAsync(extractor, types[which], input);
            if (outcome is not null)
            {
                // Keep the input that broke the extractor, to make it a fixed test case.
                var saved = Path.Combine(Path.GetTempPath(), $"edocman-fuzz-{seed}-{runs}.bin");
                await File.WriteAllBytesAsync(saved, input);
                Assert.Fail($"seed {seed}, input {runs} ({extractor.Name}, {input.Length} bytes, saved as {saved}): {outcome}");
            }
        }
        output.WriteLine($"seed {seed}: {runs} inputs in {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.True(runs > 30, $"seed {seed}: only {runs} inputs ran");
    }

    /// <summary>Null when Preflight returned and extraction returned or failed with a reason; else what went wrong.</summary>
    private static async Task<string?> RunAsync(ITextExtractor extractor, string type, byte[] input)
    {
        var run = Task.Run(async () =>
        {
            extractor.Preflight(new MemoryStream(input));
            try
            {
                await extractor.ExtractAsync(new MemoryStream(input), new ExtractionRequest(type, "mau"), CancellationToken.None);
            }
            catch (ExtractionFailedException ex) when (ex.Message.Length > 0)
            {
                // The contract: a file the extractor cannot read fails with a reason.
            }
        });
        if (await Task.WhenAny(run, Task.Delay(PerInput)) != run)
        {
            return $"no answer within {PerInput.TotalSeconds} s";
        }
        return run.Exception?.InnerException is { } error ? $"threw {error}" : null;
    }

    private static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = new List<byte>(source);
        for (var n = random.Next(1, 6); n > 0 && bytes.Count > 0; n--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.ASCII.GetBytes(PdfTokens[random.Next(PdfTokens.Length)]));
                    break;
                case 3:
                    var length = Math.Min(random.Next(1, 2048), bytes.Count - at);
                    bytes.RemoveRange(at, length);
                    break;
                case 4:
                    var from = random.Next(bytes.Count);
                    var chunk = bytes.GetRange(from, Math.Min(random.Next(1, 512), bytes.Count - from));
                    bytes.InsertRange(at, chunk);
                    break;
                default:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
            }
        }
        return [.. bytes];
    }
}
