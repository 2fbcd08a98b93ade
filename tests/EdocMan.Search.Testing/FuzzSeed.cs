namespace EdocMan.Search.Testing;

/// <summary>The seed of a fuzz run: <c>EDOCMAN_FUZZ_SEED</c> when set (to replay a failure), else a fresh one.</summary>
/// <remarks>Fuzz tests print the seed in every failure message, so a failure in CI is replayed locally.</remarks>
public static class FuzzSeed
{
    public static int Next() =>
        int.TryParse(Environment.GetEnvironmentVariable("EDOCMAN_FUZZ_SEED"), out var seed) ? seed : Random.Shared.Next();
}
