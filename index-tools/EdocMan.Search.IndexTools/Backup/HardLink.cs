using System.Runtime.InteropServices;

namespace EdocMan.Search.IndexTools.Backup;

/// <summary>Hard links on Linux and macOS, for incremental backups of immutable, content-addressed files.</summary>
internal static partial class HardLink
{
    /// <summary>Links <paramref name="destination"/> to the file <paramref name="existing"/>; false when not possible.</summary>
    /// <remarks>
    /// A false answer (another file system, Windows, a file system without links) makes the caller copy
    /// instead, so an incremental backup is never less complete than a full one, only larger.
    /// </remarks>
    public static bool TryCreate(string existing, string destination)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        return Link(existing, destination) == 0;
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string destination);
}
