namespace EdocMan.Search.IndexTools.Bench;

/// <summary>Latency percentiles by the nearest-rank method, the one most load tools report.</summary>
/// <remarks>Pure and thread-safe.</remarks>
internal static class Percentiles
{
    /// <summary>
    /// The smallest sample such that at least <paramref name="percent"/>% of the samples are less than or
    /// equal to it; <see cref="double.NaN"/> for no samples.
    /// </summary>
    public static double Of(IReadOnlyCollection<double> samples, double percent)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (samples.Count == 0)
        {
            return double.NaN;
        }
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
