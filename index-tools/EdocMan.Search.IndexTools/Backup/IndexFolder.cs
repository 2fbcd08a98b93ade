using EdocMan.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace EdocMan.Search.IndexTools.Backup;

/// <summary>
/// Reads a Lucene index folder without opening a writer: the files of its latest commit, and the
/// document ids it holds. Safe while the server's writer works in the same folder.
/// </summary>
/// <remarks>
/// Implementation note: the server's <c>IndexWriter</c> lives in another process, so a
/// <c>SnapshotDeletionPolicy</c> cannot pin a commit for us. Lucene never changes a file once written;
/// a commit names its files in <c>segments_N</c>, and they are complete before it is written. Copying the
/// files the latest <c>segments_N</c> lists therefore gives a consistent index, unless the writer
/// deletes one of them meanwhile (a newer commit merged it away): then the copy starts over with the
/// newer commit. The writer commits every few seconds, so a retry or two is the most seen.
/// </remarks>
internal static class IndexFolder
{
    private const int MaxAttempts = 10;

    /// <summary>Copies the latest commit of <paramref name="indexPath"/> into <paramref name="destination"/>.</summary>
    /// <returns>The commit's file name, its files (name → SHA-256 and size) and the attempts it took.</returns>
    public static (string Commit, List<(string Name, string Sha256, long Size)> Files, int Attempts) Copy(string indexPath, string destination)
    {
        using var directory = FSDirectory.Open(indexPath);
        for (var attempt = 1; ; attempt++)
        {
            if (System.IO.Directory.Exists(destination))
            {
                System.IO.Directory.Delete(destination, recursive: true);
            }
            System.IO.Directory.CreateDirectory(destination);
            var commit = new SegmentInfos();
            try
            {
                commit.Read(directory);
                var files = new List<(string, string, long)>();
                foreach (var name in commit.GetFiles(directory, includeSegmentsFile: true).Order(StringComparer.Ordinal))
                {
                    var target = Path.Combine(destination, name);
                    var sha = FileHashing.CopyWithHash(Path.Combine(indexPath, name), target);
                    files.Add((name, sha, new FileInfo(target).Length));
                }
                return (commit.GetSegmentsFileName(), files, attempt);
            }
            catch (IOException) when (attempt < MaxAttempts)
            {
                // A file of that commit was deleted by a newer commit: copy the newer one.
                Thread.Sleep(100 * attempt);
            }
        }
    }

    /// <summary>The ids of the live entries of the index's latest commit, or none when there is no index.</summary>
    public static List<Guid> ReadIds(string indexPath)
    {
        var ids = new List<Guid>();
        if (!System.IO.Directory.Exists(indexPath))
        {
            return ids;
        }
        using var directory = FSDirectory.Open(indexPath);
        if (!DirectoryReader.IndexExists(directory))
        {
            return ids;
        }
        using var reader = DirectoryReader.Open(directory);
        var live = MultiFields.GetLiveDocs(reader);
        var fields = new HashSet<string> { IndexSchema.Id };
        for (var i = 0; i < reader.MaxDoc; i++)
        {
            if (live is null || live.Get(i))
            {
                ids.Add(Guid.ParseExact(reader.Document(i, fields).Get(IndexSchema.Id), "N"));
            }
        }
        return ids;
    }
}
