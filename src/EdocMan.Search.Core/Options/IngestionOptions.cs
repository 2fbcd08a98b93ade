namespace EdocMan.Search.Core.Options;

/// <summary>Background ingestion settings. Bound from the "Ingestion" section.</summary>
public sealed class IngestionOptions
{
    /// <summary>
    /// Whether the background worker runs. Uploads are still accepted and queued when it is off,
    /// e.g. during a bulk import or maintenance; they are processed once it is back on.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Documents processed at once.</summary>
    public int Workers { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Attempts before a job that keeps crashing is marked Failed.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>How often the worker looks for jobs when it was not woken by an upload.</summary>
    public int PollSeconds { get; set; } = 5;

    /// <summary>
    /// A document whose extraction reports no page done for this long is marked Failed and the worker
    /// takes the next job: a parser caught in a loop must not hold a worker for ever. A page's OCR is
    /// limited to <c>Ocr:PageTimeoutSeconds</c> (120 s by default), so 10 minutes without one is no slow scan.
    /// </summary>
    public int StallSeconds { get; set; } = 600;
}
