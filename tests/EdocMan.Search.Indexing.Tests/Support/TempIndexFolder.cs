namespace EdocMan.Search.Indexing.Tests.Support;

/// <summary>A real on-disk folder under the temp path, deleted on dispose.</summary>
public sealed class TempIndexFolder : IDisposable
{
    public TempIndexFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "edocman-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A handle still closing must not fail the test; the OS cleans the temp folder.
        }
    }
}
