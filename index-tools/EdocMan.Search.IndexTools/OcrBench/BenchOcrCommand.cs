using System.Diagnostics;
using System.Globalization;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Core.Text;
using EdocMan.Search.Extraction;
using EdocMan.Search.Extraction.Ocr;
using EdocMan.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.IndexTools.OcrBench;

/// <summary>
/// <c>bench-ocr [--pages N] [--runs R] [--samples DIR] [--searchable-pdf-only]</c>: OCR pages per hour in process
/// (1 and 2 workers) and through the <c>tesseract</c> CLI on the same page images, CER of both, a scan's text and
/// searchable PDF end to end in one and two recognition passes (<see cref="BenchSearchablePdf"/>; alone with
/// <c>--searchable-pdf-only</c>), and born-digital PDF pages per second
/// through extraction, normalisation and indexing against <c>pdftotext</c> alone. Every figure is the median of
/// R runs over the same inputs, and the peers are measured in the same run, interleaved, so a busy machine
/// slows all of them alike.
/// </summary>
internal static class BenchOcrCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var pageCount = IntOption(args, "--pages", 4);
        var runs = IntOption(args, "--runs", 3);
        var samples = Option(args, "--samples") ?? FindSamples();
        if (samples is null || !Directory.EnumerateFiles(samples, "*.txt").Any() || pageCount < 2 || runs < 1)
        {
            await errors.WriteLineAsync("usage: edocman-index bench-ocr [--pages N (≥ 2)] [--runs R] [--samples DIR with *.txt] [--searchable-pdf-only]");
            return 2;
        }
        var work = Directory.CreateTempSubdirectory("edocman-bench-").FullName;
        try
        {
            await output.WriteLineAsync(Machine($"before, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
            var pdfs = BenchPages.RenderPdfs(samples, work);
            var pages = await BenchPages.RasterizeAsync(pdfs, work, pageCount);
            await output.WriteLineAsync($"{pages.Count} page images (300 dpi gray PNG) from {string.Join(", ", pdfs.Select(Path.GetFileName))}; {runs} runs");
            var searchableOnly = args.Contains("--searchable-pdf-only");
            if (!searchableOnly)
            {
                await OcrAsync(pages, runs, output);
            }
            await BenchSearchablePdf.RunAsync(pages, runs, output);
            if (!searchableOnly)
            {
                await BornDigitalAsync(pdfs, work, runs, output);
            }
            await output.WriteLineAsync(Machine("after"));
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task OcrAsync(IReadOnlyList<BenchPage> pages, int runs, TextWriter output)
    {
        var options = new OcrOptions();
        var tessdata = options.TessdataPaths.Select(Path.GetFullPath)
            .First(p => File.Exists(Path.Combine(p, options.Languages.Split('+')[0] + ".traineddata")));
        // The CLI gets the engine's own settings: model folder, languages, LSTM, orientation detection, one OpenMP thread.
        var psm = options.DetectOrientation && File.Exists(Path.Combine(tessdata, "osd.traineddata")) ? "1" : "3";
        using var one = new OcrService(Options.Create(new OcrOptions { Workers = 1 }));
        using var two = new OcrService(Options.Create(new OcrOptions { Workers = 2 }));
        // Warm-up, not timed: loads each engine once, as a running server has.
        await InProcessAsync(one, pages.Take(1).ToList());
        await InProcessAsync(two, pages.Take(2).ToList());

        var times = new Dictionary<string, List<double>> { ["in-process, 1 worker"] = [], ["tesseract CLI, 1 process"] = [], ["in-process, 2 workers"] = [] };
        List<string>? inProcessTexts = null, cliTexts = null;
        for (var run = 0; run < runs; run++)
        {
            var (elapsed, texts) = await InProcessAsync(one, pages);
            times["in-process, 1 worker"].Add(elapsed.TotalSeconds);
            inProcessTexts ??= texts;
            var watch = Stopwatch.StartNew();
            var cli = new List<string>();
            foreach (var page in pages)
            {
                cli.Add((await Tool.RunAsync("tesseract",
                    [page.ImagePath, "stdout", "-l", options.Languages, "--oem", "1", "--psm", psm, "--tessdata-dir", tessdata, "--dpi", "300"],
                    new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" })).Output);
            }
            times["tesseract CLI, 1 process"].Add(watch.Elapsed.TotalSeconds);
            cliTexts ??= cli;
            times["in-process, 2 workers"].Add((await InProcessAsync(two, pages)).Elapsed.TotalSeconds);
        }

        await output.WriteLineAsync($"\nOCR ({options.Languages}, --psm {psm}, models in {tessdata}), {pages.Count} pages:");
        await output.WriteLineAsync("| what | median s for all pages | pages/hour | runs (s) |\n|---|---|---|---|");
        foreach (var (name, list) in times)
        {
            await output.WriteLineAsync($"| {name} | {Median(list):0.00} | {pages.Count / Median(list) * 3600:0} | {string.Join(", ", list.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)))} |");
        }
        var truths = pages.Select(p => p.Truth).ToList();
        await output.WriteLineAsync($"in-process / CLI: {Median(times["tesseract CLI, 1 process"]) / Median(times["in-process, 1 worker"]):0.00}× (target ≥ 1.1×)");
        await output.WriteLineAsync($"2 workers / 1 worker: {Median(times["in-process, 1 worker"]) / Median(times["in-process, 2 workers"]):0.00}× (target ≥ 1.8×)");
        await output.WriteLineAsync($"CER in-process {CharacterErrorRate.Of(truths, inProcessTexts!):0.00%}, CLI {CharacterErrorRate.Of(truths, cliTexts!):0.00%} (target: in-process ≤ CLI)");
    }

    private static async Task<(TimeSpan Elapsed, List<string> Texts)> InProcessAsync(OcrService ocr, IReadOnlyList<BenchPage> pages)
    {
        var watch = Stopwatch.StartNew();
        // All pages at once: the service's gate runs as many as it has workers, as the extractor does.
        var results = await Task.WhenAll(pages.Select(p => ocr.RecognizeAsync(p.Image, 0, 300, CancellationToken.None)));
        return (watch.Elapsed, results.Select(r => r.Text).ToList());
    }

    private static async Task BornDigitalAsync(IReadOnlyList<string> pdfs, string work, int runs, TextWriter output)
    {
        var collection = new ServiceCollection().AddLogging();
        collection.AddOptions<OcrOptions>();
        using var services = collection.AddExtraction().BuildServiceProvider();
        var extractor = services.GetRequiredService<ExtractorRegistry>().Find(ContentSniffer.Sniff(File.ReadAllBytes(pdfs[0]).AsSpan(0, 8)))
            ?? throw new InvalidOperationException("No PDF extractor.");
        // Enough rounds over the rendered PDFs for about 200 pages a run, so start-up noise does not dominate.
        var pagesPerRound = 0;
        foreach (var pdf in pdfs)
        {
            pagesPerRound += (await Tool.RunAsync("pdfinfo", [pdf])).Output.Split('\n').Where(l => l.StartsWith("Pages:", StringComparison.Ordinal))
                .Select(l => int.Parse(l[6..].Trim(), CultureInfo.InvariantCulture)).Single();
        }
        var rounds = Math.Max(1, (int)Math.Ceiling(200.0 / pagesPerRound));
        var pipeline = new List<double>();
        var pdftotext = new List<double>();
        // Warm-up, not timed: JIT and PdfPig's font caches, as in a running server.
        await PipelineAsync(extractor, pdfs, Path.Combine(work, "index-warm-up"), 1);
        for (var run = 0; run < runs; run++)
        {
            pipeline.Add((await PipelineAsync(extractor, pdfs, Path.Combine(work, $"index-{run}"), rounds)).TotalSeconds);
            var watch = Stopwatch.StartNew();
            for (var round = 0; round < rounds; round++)
            {
                foreach (var pdf in pdfs)
                {
                    await Tool.RunAsync("pdftotext", [pdf, "-"]);
                }
            }
            pdftotext.Add(watch.Elapsed.TotalSeconds);
        }
        var total = pagesPerRound * rounds;
        await output.WriteLineAsync($"\nBorn-digital PDF, {total} pages a run ({pagesPerRound} pages × {rounds} rounds), one thread:");
        await output.WriteLineAsync("| what | median s | pages/s | runs (s) |\n|---|---|---|---|");
        await output.WriteLineAsync($"| PdfPig extraction + normalisation + Lucene indexing (commit included) | {Median(pipeline):0.00} | {total / Median(pipeline):0} | {string.Join(", ", pipeline.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)))} |");
        await output.WriteLineAsync($"| pdftotext (one process per PDF) | {Median(pdftotext):0.00} | {total / Median(pdftotext):0} | {string.Join(", ", pdftotext.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)))} |");
        await output.WriteLineAsync("target: pipeline ≥ 100 pages/s per core");
    }

    /// <summary>Extracts, normalises and indexes every PDF <paramref name="rounds"/> times into a new index, commit included.</summary>
    private static async Task<TimeSpan> PipelineAsync(ITextExtractor extractor, IReadOnlyList<string> pdfs, string indexPath, int rounds)
    {
        using var index = new LuceneSearchIndex(indexPath, NullLogger<LuceneSearchIndex>.Instance);
        var watch = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var pdf in pdfs)
            {
                await using var content = File.OpenRead(pdf);
                var text = await extractor.ExtractAsync(content, new ExtractionRequest("application/pdf", Path.GetFileName(pdf)), CancellationToken.None);
                var pages = text.Pages.Select(p => new IndexPage(p.Number, TextNormalizer.Normalize(p.Text))).ToList();
                await index.UpsertAsync(new IndexDocument(Guid.NewGuid(), "bench", RegisterKind.Incoming, Path.GetFileName(pdf), null, null,
                    null, null, null, DateTimeOffset.UtcNow, Path.GetFileName(pdf), pages, ["bench"]), CancellationToken.None);
            }
        }
        await index.CommitAsync();
        return watch.Elapsed;
    }

    private static string Machine(string when)
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
        return $"machine ({when}): nproc {Environment.ProcessorCount}, CPU {cpu}, load average {load}";
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The repository's samples folder, looked for upwards from the working folder.</summary>
    private static string? FindSamples()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "samples");
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.txt").Any())
            {
                return candidate;
            }
        }
        return null;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        int.TryParse(Option(args, name), CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
