namespace EdocMan.Search.Api.Tests.Reliability;

/// <summary>
/// The hostile-input tests run alone, after the others: they keep both cores busy for a minute or two, which
/// made timing-sensitive tests elsewhere (ingestion progress polling) miss their window when run beside them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReliabilityCollection
{
    public const string Name = "Reliability";
}
