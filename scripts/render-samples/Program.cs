// Renders every samples/*.txt to a PDF beside it, and the seed regulation to samples/<seed name>.pdf.
// Usage: dotnet run --project scripts/render-samples -- <samples folder> <seed .txt file or folder>
using System.Text;
using System.Text.RegularExpressions;
using EdocMan.Search.Printing;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: RenderSamples <samples folder> <seed .txt file or folder>");
    return 2;
}
var samples = Path.GetFullPath(args[0]);
var seed = Directory.Exists(args[1]) ? Path.Combine(args[1], "qd-31-2014-ubnd-son-la.txt") : args[1];
var renderer = new TextPdfRenderer();

foreach (var source in Directory.EnumerateFiles(samples, "*.txt").Order(StringComparer.Ordinal))
{
    Render(source, Path.ChangeExtension(source, ".pdf"));
}
if (File.Exists(seed))
{
    Render(seed, Path.Combine(samples, Path.GetFileNameWithoutExtension(seed) + ".pdf"));
}
else
{
    Console.Error.WriteLine($"warning: seed {Path.GetFullPath(seed)} not found; its PDF was left as it was.");
}
return 0;

void Render(string source, string target)
{
    // The text is rendered as it is; the seed's glued syllables ("sửdụng") are realistic test data.
    var text = File.ReadAllText(source, Encoding.UTF8);
    var pdf = renderer.Render(text, new PdfRenderOptions { Title = TitleOf(text) });
    File.WriteAllBytes(target, pdf);
    Console.WriteLine($"{Path.GetFileName(source)} -> {Path.GetRelativePath(Environment.CurrentDirectory, target)} ({pdf.Length / 1024} KiB)");
}

// "Kế hoạch số 86/KH-STTTT": the kind of document (its first all-capitals title line) and its number.
static string? TitleOf(string text)
{
    var number = Regex.Match(text, @"^Số:\s*(\S.*?)\s*$", RegexOptions.Multiline);
    if (!number.Success)
    {
        return null;
    }
    var kinds = new Dictionary<string, string>
    {
        ["QUYẾT ĐỊNH"] = "Quyết định",
        ["KẾ HOẠCH"] = "Kế hoạch",
        ["THÔNG BÁO"] = "Thông báo",
    };
    var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).ToHashSet();
    var kind = kinds.FirstOrDefault(k => lines.Contains(k.Key)).Value ?? "Công văn";
    return $"{kind} số {number.Groups[1].Value.Replace(" ", "")}";
}
