namespace EdocMan.Search.Testing;

/// <summary>
/// The demo documents of the repository's <c>samples/</c> folder, which the Testing project copies
/// next to every test assembly that references it (<c>{AppContext.BaseDirectory}/samples</c>).
/// </summary>
public static class Samples
{
    /// <summary>The seed regulation, rendered to PDF by <c>scripts/render-samples.sh</c>.</summary>
    public const string SeedPdfFileName = "qd-31-2014-ubnd-son-la.pdf";

    /// <summary>The folder holding the copied samples.</summary>
    public static string Directory { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>Absolute path of the seed regulation PDF (7 pages with a real text layer).</summary>
    public static string SeedPdf => Path(SeedPdfFileName);

    /// <summary>The absolute path of a sample file.</summary>
    /// <exception cref="FileNotFoundException">The sample is not there: was it added to <c>samples/</c>?</exception>
    public static string Path(string fileName)
    {
        var path = System.IO.Path.Combine(Directory, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Sample {fileName} was not copied to {Directory}; add it to samples/ and rebuild.", path);
        }
        return path;
    }

    /// <summary>The file names of every sample with the given extension (".txt", ".pdf").</summary>
    public static IReadOnlyList<string> All(string extension) =>
        System.IO.Directory.EnumerateFiles(Directory, "*" + extension)
            .Select(System.IO.Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();
}
