using EdocMan.Search.IndexTools.Bench;

namespace EdocMan.Search.IndexTools.Tests.Bench;

public sealed class PercentilesTests
{
    private static readonly double[] OneToHundred = Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToArray();

    [Theory]
    [InlineData(50, 50)]
    [InlineData(95, 95)]
    [InlineData(99, 99)]
    [InlineData(100, 100)]
    [InlineData(0, 1)]
    [InlineData(0.5, 1)]
    [InlineData(50.5, 51)]
    public void Nearest_rank_of_one_to_a_hundred_in_any_order(double percent, double expected) =>
        Assert.Equal(expected, Percentiles.Of(OneToHundred, percent));

    [Fact]
    public void Small_samples_round_up_to_a_real_sample()
    {
        double[] samples = [7, 1, 3];

        Assert.Equal(3, Percentiles.Of(samples, 50));
        Assert.Equal(7, Percentiles.Of(samples, 95));
        Assert.Equal(5, Percentiles.Of([5], 99));
    }

    [Fact]
    public void No_samples_give_NaN_and_out_of_range_percents_throw()
    {
        Assert.True(double.IsNaN(Percentiles.Of([], 50)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Of([1], 101));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Of([1], -1));
    }
}
