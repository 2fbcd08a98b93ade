namespace EdocMan.Search.Core.Options;

/// <summary>Background ingestion settings. Bound from the "Ingestion" section.</summary>
public sealed class IngestionOptions
{
    /// <summary>Documents processed at once.</summary>
    public int Workers { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Attempts before a job that keeps crashing is marked Failed.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>How often the worker looks for jobs when it was not woken by an upload.</summary>
    public int PollSeconds { get; set; } = 5;
}
