namespace EdocMan.Search.Testing;

/// <summary>
/// A fresh folder under <c>{temp}/edocman-tests</c>, deleted with everything in it on dispose.
/// </summary>
/// <remarks>Each instance gets its own folder, so parallel tests never see each other's files.</remarks>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "edocman-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder's absolute path.</summary>
    public string Path { get; }

    /// <summary>The absolute path of <paramref name="relative"/> inside the folder (not created).</summary>
    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes <paramref name="bytes"/> to a file in the folder and returns its path.</summary>
    public string WriteFile(string fileName, byte[] bytes)
    {
        var path = Combine(fileName);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // A server that has just stopped may still be closing files in the folder (the index's last commit):
        // try a few times, then leave the rest to the OS's temp cleanup rather than fail the test for it.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(Path, recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return; // The test removed it itself.
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(200 * attempt);
            }
            catch (IOException)
            {
                return;
            }
        }
    }
}
