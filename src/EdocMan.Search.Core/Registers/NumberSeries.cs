using EdocMan.Search.Core.Documents;

namespace EdocMan.Search.Core.Registers;

/// <summary>The last number given in one yearly series of one agency's register.</summary>
/// <remarks>
/// A row per (agency, register, year, series); incrementing it and writing the entry happen in one
/// write transaction, so numbers have no gaps and no duplicates even under concurrent registration.
/// </remarks>
public sealed class NumberSeries
{
    public int AgencyId { get; set; }

    public RegisterKind Kind { get; set; }

    public int Year { get; set; }

    public string Series { get; set; } = string.Empty;

    public int Last { get; set; }
}
