namespace EdocMan.Search.Api.DemoData;

/// <summary>Demo data on first start. Bound from the "DemoData" section.</summary>
public sealed class DemoDataOptions
{
    /// <summary>Seed demo agencies, accounts and sample documents into an empty database.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>One password for every demo account (tests); when empty each account gets a random one.</summary>
    public string? Password { get; set; }

    /// <summary>Folder of the sample documents and their <c>samples.json</c>; default: next to the program.</summary>
    public string? SamplesPath { get; set; }
}
