namespace EdocMan.Search.Testing;

/// <summary>
/// The seed of a randomized (fuzz) test. The test command runs fixed seeds, so a green main stays green:
/// exploring is a separate act, <c>EDOCMAN_FUZZ_SEED=random</c> (a fresh seed, printed on failure), and a
/// number replays a run. A failure found by exploring becomes a fixed test case, not a flaky CI run.
/// </summary>
public static class FuzzSeed
{
    public static int Next(int fixedSeed)
    {
        var setting = Environment.GetEnvironmentVariable("EDOCMAN_FUZZ_SEED");
        if (string.Equals(setting, "random", StringComparison.OrdinalIgnoreCase))
        {
            return Random.Shared.Next();
        }
        return int.TryParse(setting, out var seed) ? seed : fixedSeed;
    }
}
