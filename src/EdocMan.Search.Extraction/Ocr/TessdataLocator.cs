namespace EdocMan.Search.Extraction.Ocr;

/// <summary>Finds the tessdata folder among the configured candidates.</summary>
internal static class TessdataLocator
{
    /// <summary>The language every EdocMan installation needs.</summary>
    public const string RequiredLanguage = "vie";

    /// <summary>
    /// The absolute paths tried for <paramref name="configured"/>, in order: absolute entries as they
    /// are; relative ones against the current directory, then against the application's folder (a
    /// service's current directory is often / or System32, not the app).
    /// </summary>
    public static IReadOnlyList<string> Candidates(IEnumerable<string> configured)
    {
        var candidates = new List<string>();
        foreach (var path in configured.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            if (Path.IsPathRooted(path))
            {
                candidates.Add(Path.GetFullPath(path));
                continue;
            }
            candidates.Add(Path.GetFullPath(path, Directory.GetCurrentDirectory()));
            candidates.Add(Path.GetFullPath(path, AppContext.BaseDirectory));
        }
        return candidates.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The first candidate folder holding <c>{language}.traineddata</c>, or null.</summary>
    public static string? Find(IEnumerable<string> configured, string language = RequiredLanguage) =>
        Candidates(configured).FirstOrDefault(folder => Has(folder, language));

    /// <summary>
    /// The languages of a Tesseract language string ("vie+eng") that <paramref name="folder"/> has,
    /// joined again; <see cref="RequiredLanguage"/> when none are.
    /// </summary>
    public static string Available(string folder, string languages)
    {
        var present = languages.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => Has(folder, l))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return present.Count > 0 ? string.Join('+', present) : RequiredLanguage;
    }

    private static bool Has(string folder, string language) =>
        File.Exists(Path.Combine(folder, language + ".traineddata"));
}
