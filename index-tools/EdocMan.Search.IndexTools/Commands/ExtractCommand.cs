using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Core.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.IndexTools.Commands;

/// <summary>
/// <c>extract FILE [--json]</c>: runs the server's extraction on one file without storing anything, and
/// shows per page how the text was obtained, the OCR confidence and the normalised text, then the
/// proposed metadata. Support staff use it to see why a document reads badly.
/// </summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), // Vietnamese stays readable
    };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var file = args.Skip(1).FirstOrDefault(a => !a.StartsWith('-'));
        if (file is null || !File.Exists(file))
        {
            await errors.WriteLineAsync($"extract: file not found: {file ?? "(none)"}. Usage: edocman-index extract FILE [--json]");
            return 2;
        }
        var json = args.Contains("--json");
        // The server's settings apply through environment variables (Ocr__Workers=1, Extraction__MaxPages=...).
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var collection = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        collection.AddOptions<OcrOptions>().BindConfiguration("Ocr");
        collection.AddOptions<ExtractionOptions>().BindConfiguration("Extraction");
        using var services = collection.AddExtraction().BuildServiceProvider();
        await using var content = File.OpenRead(file);
        var head = new byte[ContentSniffer.HeadLength];
        var contentType = ContentSniffer.Sniff(head.AsSpan(0, await content.ReadAsync(head)));
        var extractor = services.GetRequiredService<ExtractorRegistry>().Find(contentType);
        if (extractor is null)
        {
            await errors.WriteLineAsync($"extract: {ContentTypes.Describe(contentType)} ({contentType}) is not supported.");
            return 1;
        }
        ExtractedText text;
        try
        {
            text = await extractor.ExtractAsync(content, new ExtractionRequest(contentType, Path.GetFileName(file)), CancellationToken.None);
        }
        catch (ExtractionFailedException ex)
        {
            await errors.WriteLineAsync($"extract: failed: {ex.Message}");
            return 1;
        }
        // The same repair as IngestionPipeline, so what is shown is what would be stored and indexed.
        var pages = text.Pages.Select(p => p with { Text = VietnameseTextRepair.Repair(p.Text) }).ToList();
        var metadata = MetadataProposer.Propose(pages.Select(p => p.Text).ToList());
        if (json)
        {
            foreach (var page in pages)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    page = page.Number, method = Method(page), confidence = page.Confidence, text = page.Text, note = page.Note,
                    uncertain = page.UncertainWords,
                }, Json));
            }
            await output.WriteLineAsync(JsonSerializer.Serialize(new { metadata }, Json));
            return 0;
        }
        await output.WriteLineAsync($"{file}: {ContentTypes.Describe(contentType)}, {pages.Count} page(s), extractor {extractor.Name}");
        foreach (var page in pages)
        {
            var confidence = page.Confidence is { } c ? $", confidence {c}" : "";
            await output.WriteLineAsync($"\n--- page {page.Number}: {Method(page)}{confidence}{(page.Note is null ? "" : " — " + page.Note)}");
            await output.WriteLineAsync(page.Text);
            if (page.UncertainWords is { Count: > 0 } uncertain)
            {
                await output.WriteLineAsync($"(uncertain words: {string.Join(", ", uncertain)})");
            }
        }
        await output.WriteLineAsync($"\n--- proposed metadata\n{metadata}");
        return 0;
    }

    private static string Method(ExtractedPage page) => page.Source switch
    {
        Core.Documents.TextSource.Ocr => "ocr",
        Core.Documents.TextSource.PlainText => "plain-text",
        _ => "text-layer",
    };
}
