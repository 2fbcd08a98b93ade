using EdocMan.Search.Core.Options;
using EdocMan.Search.Extraction.Ocr;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Extraction.Tests.Ocr;

[Trait("Category", "Ocr")]
public sealed class OcrProbeTests
{
    private const string DebianTessdata = "/usr/share/tesseract-ocr/5/tessdata";
    private readonly OcrProbe _probe = new();

    [Fact]
    public void Finds_the_library_and_the_Vietnamese_model_with_default_options()
    {
        var health = _probe.Check(new OcrOptions());

        Assert.True(health.IsHealthy, health.Problem);
        Assert.True(health.LibraryLoaded);
        Assert.StartsWith("5.", health.Version);
        Assert.Equal(DebianTessdata, health.TessdataPath); // the repository's tessdata/ is empty
        Assert.Contains(Path.Combine(AppContext.BaseDirectory, "tessdata"), health.SearchedPaths);
    }

    [Fact]
    public void OpenMP_is_limited_to_one_thread_in_the_native_environment()
    {
        var health = _probe.Check(new OcrOptions());

        Assert.Equal("1", health.OpenMpThreadLimit);
    }

    [Fact]
    public void Reports_a_missing_model_with_the_folders_it_searched()
    {
        using var empty = new TempDirectory();

        var health = _probe.Check(new OcrOptions { TessdataPaths = [empty.Path] });

        Assert.False(health.IsHealthy);
        Assert.True(health.LibraryLoaded);
        Assert.Null(health.TessdataPath);
        Assert.Contains("vie.traineddata", health.Problem);
        Assert.Contains(empty.Path, health.Problem);
    }
}
