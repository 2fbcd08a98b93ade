namespace EdocMan.Search.Core.Handling;

/// <summary>A progress note a handler records on an assignment (the handling history, TraceHeaderList).</summary>
public sealed class HandlingNote
{
    public long Id { get; set; }

    public long AssignmentId { get; set; }

    public int AccountId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Text { get; set; }
}
