using System.Text;
using System.Text.RegularExpressions;
using EdocMan.Search.IndexTools.Eval;

namespace EdocMan.Search.IndexTools.Generate;

/// <summary>
/// Real Vietnamese administrative and legal sentences to recombine into synthetic documents: the
/// articles of ALQAC corpora read from the paths given (never copied into the repository) and the
/// project's sample texts.
/// </summary>
/// <remarks>Immutable after <see cref="Load"/>; thread-safe.</remarks>
internal sealed partial class SentencePool
{
    private SentencePool(IReadOnlyList<string> sentences) => Sentences = sentences;

    /// <summary>Every usable sentence, NFC, in a stable order (so a seed gives the same corpus).</summary>
    public IReadOnlyList<string> Sentences { get; }

    /// <summary>Reads the ALQAC JSON corpora in <paramref name="alqacFiles"/> and the *.txt files in <paramref name="sampleFolder"/>.</summary>
    public static SentencePool Load(IEnumerable<string> alqacFiles, string? sampleFolder)
    {
        var texts = new List<string>();
        foreach (var file in alqacFiles)
        {
            texts.AddRange(AlqacData.ReadCorpus(file).Select(a => a.Text));
        }
        if (sampleFolder is not null && Directory.Exists(sampleFolder))
        {
            texts.AddRange(Directory.EnumerateFiles(sampleFolder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        }
        var sentences = texts
            .SelectMany(t => Boundary().Split(t.Normalize(NormalizationForm.FormC)))
            .Select(s => Spaces().Replace(s, " ").Trim())
            // Headings, list markers and fragments read badly when recombined; keep whole sentences.
            .Where(s => s.Length is >= 30 and <= 600 && char.IsUpper(s[0]))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (sentences.Count == 0)
        {
            throw new InvalidOperationException("No sentences to generate from: give --source ALQAC files or a samples folder with *.txt.");
        }
        return new SentencePool(sentences);
    }

    /// <summary>The nearest <c>samples</c> folder above the current directory or the tool, if any.</summary>
    public static string? FindSamplesFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples");
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.txt").Any())
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    /// <summary>A random sentence.</summary>
    public string Pick(Random random) => Sentences[random.Next(Sentences.Count)];

    [GeneratedRegex(@"(?<=[.;:!?])\s+|\r?\n+")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
