using EdocMan.Search.Extraction.Ocr;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Extraction.Tests.Ocr;

public sealed class TessdataLocatorTests
{
    [Fact]
    public void Relative_paths_are_tried_against_the_current_and_the_application_folder()
    {
        var candidates = TessdataLocator.Candidates(["tessdata", "/opt/tessdata", " "]);

        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "tessdata"), candidates[0]);
        Assert.Contains(Path.Combine(AppContext.BaseDirectory, "tessdata"), candidates);
        Assert.Equal("/opt/tessdata", candidates[^1]);
    }

    [Fact]
    public void The_first_folder_with_vie_traineddata_wins()
    {
        using var without = new TempDirectory();
        using var with = new TempDirectory();
        using var alsoWith = new TempDirectory();
        with.WriteFile("vie.traineddata", [0]);
        alsoWith.WriteFile("vie.traineddata", [0]);

        Assert.Equal(with.Path, TessdataLocator.Find([without.Path, with.Path, alsoWith.Path]));
        Assert.Null(TessdataLocator.Find([without.Path]));
    }

    [Fact]
    public void A_relative_path_is_found_beside_the_application()
    {
        var name = "tessdata-test-" + Guid.NewGuid().ToString("N");
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, name));
        try
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, "vie.traineddata"), [0]);

            Assert.Equal(folder.FullName, TessdataLocator.Find([name]));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Only_languages_the_folder_has_are_requested()
    {
        using var folder = new TempDirectory();
        folder.WriteFile("vie.traineddata", [0]);

        Assert.Equal("vie", TessdataLocator.Available(folder.Path, "vie+eng"));
        folder.WriteFile("eng.traineddata", [0]);
        Assert.Equal("vie+eng", TessdataLocator.Available(folder.Path, "vie + eng"));
        Assert.Equal("vie", TessdataLocator.Available(folder.Path, "fra"));
    }
}
