namespace EdocMan.Search.Api.Intake;

/// <summary>Watched folders for batch intake. Bound from the "Intake" section; off unless a folder is set.</summary>
public sealed class IntakeOptions
{
    /// <summary>
    /// Agency code → folder, e.g. <c>Intake:WatchedFolders:gtvt=/srv/scans/gtvt</c>. Files dropped at the top of
    /// the folder are ingested into that agency, then moved to <c>done/</c> or <c>failed/</c> beside them.
    /// </summary>
    public Dictionary<string, string> WatchedFolders { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Register the watched files go to: den (default), di or noibo.</summary>
    public string Register { get; set; } = "den";

    /// <summary>How often the folders are looked at, in seconds.</summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>
    /// How long a file's size and time must stay unchanged before it is taken, in seconds: a scanner or a copy
    /// over the network writes a file in pieces, and a half-written PDF would be refused as corrupt.
    /// </summary>
    public double StableSeconds { get; set; } = 3;
}
