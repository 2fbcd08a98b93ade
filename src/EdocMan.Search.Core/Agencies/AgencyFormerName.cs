namespace EdocMan.Search.Core.Agencies;

/// <summary>
/// A name and symbol an agency had until <see cref="ValidTo"/>. Agencies are dated reference data:
/// after a rename (the 2025 restructuring made symbols like STTTT historical) old register lines and
/// documents keep the name they were issued under, and this history says what it meant.
/// </summary>
public sealed class AgencyFormerName
{
    public long Id { get; set; }

    public int AgencyId { get; set; }

    public required string Name { get; set; }

    public string? Symbol { get; set; }

    /// <summary>The day it stopped being the agency's name (Vietnam time).</summary>
    public DateOnly ValidTo { get; set; }
}
