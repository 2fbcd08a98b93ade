using System.Diagnostics;
using EdocMan.Search.Printing;

namespace EdocMan.Search.IndexTools.OcrBench;

/// <summary>One page image for the OCR benchmark, with the text it was rendered from.</summary>
internal sealed record BenchPage(string Name, string ImagePath, byte[] Image, string Truth);

/// <summary>
/// Makes the benchmark's inputs from real Vietnamese text: each <c>samples/*.txt</c> rendered to PDF by the
/// production <see cref="TextPdfRenderer"/>, then to 300 dpi gray PNG pages by <c>pdftoppm</c>. The truth of a
/// page is its own text layer (<c>pdftotext</c>), so line breaks and page splits match what was drawn.
/// </summary>
internal static class BenchPages
{
    /// <summary>The PDFs rendered from every sample text, written into <paramref name="work"/>.</summary>
    public static IReadOnlyList<string> RenderPdfs(string samples, string work)
    {
        var renderer = new TextPdfRenderer();
        var pdfs = new List<string>();
        foreach (var text in Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal))
        {
            var pdf = Path.Combine(work, Path.GetFileNameWithoutExtension(text) + ".pdf");
            File.WriteAllBytes(pdf, renderer.Render(File.ReadAllText(text)));
            pdfs.Add(pdf);
        }
        return pdfs;
    }

    /// <summary>Up to <paramref name="count"/> page images, taken in order from <paramref name="pdfs"/>.</summary>
    public static async Task<IReadOnlyList<BenchPage>> RasterizeAsync(IReadOnlyList<string> pdfs, string work, int count)
    {
        var pages = new List<BenchPage>();
        foreach (var pdf in pdfs)
        {
            var stem = Path.Combine(work, Path.GetFileNameWithoutExtension(pdf));
            await Tool.RunAsync("pdftoppm", ["-r", "300", "-gray", "-png", pdf, stem]);
            // pdftoppm pads page numbers to the width of the last one: stem-1.png or stem-01.png.
            var images = Directory.GetFiles(work, Path.GetFileName(stem) + "-*.png")
                .OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f)[(Path.GetFileName(stem).Length + 1)..], System.Globalization.CultureInfo.InvariantCulture));
            var number = 0;
            foreach (var image in images)
            {
                number++;
                var truth = (await Tool.RunAsync("pdftotext", ["-f", $"{number}", "-l", $"{number}", pdf, "-"])).Output;
                pages.Add(new BenchPage($"{Path.GetFileName(pdf)} p{number}", image, await File.ReadAllBytesAsync(image), truth));
                if (pages.Count == count)
                {
                    return pages;
                }
            }
        }
        return pages;
    }
}

/// <summary>Runs an external tool and returns its output and how long it took.</summary>
internal static class Tool
{
    public static async Task<(string Output, TimeSpan Elapsed)> RunAsync(
        string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        watch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed ({process.ExitCode}): {await errors}");
        }
        return (await output, watch.Elapsed);
    }
}
