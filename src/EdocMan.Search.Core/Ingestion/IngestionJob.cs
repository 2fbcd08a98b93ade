namespace EdocMan.Search.Core.Ingestion;

/// <summary>
/// A durable to-do item for the background worker: "extract and index this document".
/// </summary>
/// <remarks>
/// It is written in the same transaction as its document, so an accepted upload always has a job;
/// a job found Running at start-up was interrupted by a crash and is run again.
/// </remarks>
public sealed class IngestionJob
{
    public long Id { get; set; }

    public Guid DocumentId { get; set; }

    public IngestionJobState State { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

public enum IngestionJobState
{
    Pending = 0,
    Running = 1,
    Done = 2,
    Failed = 3,
}
