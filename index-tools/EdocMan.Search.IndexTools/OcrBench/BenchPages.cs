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

/// <summary>Character error rate, as the tests measure it: edit distance over the truth's length, whitespace collapsed.</summary>
internal static class Cer
{
    /// <summary>Total edits over total truth characters of all pages (longer pages weigh more).</summary>
    public static double Of(IReadOnlyList<string> truths, IReadOnlyList<string> recognised)
    {
        long edits = 0, length = 0;
        for (var i = 0; i < truths.Count; i++)
        {
            var truth = Collapse(truths[i]);
            edits += Distance(truth, Collapse(recognised[i]));
            length += truth.Length;
        }
        return length == 0 ? 0 : (double)edits / length;
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Normalize(System.Text.NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
