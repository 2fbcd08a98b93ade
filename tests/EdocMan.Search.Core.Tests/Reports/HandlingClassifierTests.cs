using EdocMan.Search.Core.Reports;

namespace EdocMan.Search.Core.Tests.Reports;

public sealed class HandlingClassifierTests
{
    private static readonly ReportPeriod December = ReportPeriod.Month(2025, 12);

    private static DateTimeOffset Vn(int year, int month, int day, int hour = 9) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Done_on_the_deadline_day_late_in_the_evening_is_on_time()
    {
        var outcome = HandlingClassifier.Classify(December, Vn(2025, 12, 1), Vn(2025, 12, 10, 23), new DateOnly(2025, 12, 10));
        Assert.Equal(HandlingOutcome.OnTime, outcome);
    }

    [Fact]
    public void Done_the_day_after_the_deadline_is_late()
    {
        var outcome = HandlingClassifier.Classify(December, Vn(2025, 12, 1), Vn(2025, 12, 11, 0), new DateOnly(2025, 12, 10));
        Assert.Equal(HandlingOutcome.Late, outcome);
    }

    [Fact]
    public void Done_at_23_30_Vietnam_time_on_31_December_counts_in_December_and_not_in_January()
    {
        var done = Vn(2025, 12, 31, 23).AddMinutes(30);
        Assert.Equal(HandlingOutcome.OnTime, HandlingClassifier.Classify(December, Vn(2025, 12, 1), done, null));
        Assert.Equal(HandlingOutcome.NotCounted, HandlingClassifier.Classify(ReportPeriod.Month(2026, 1), Vn(2025, 12, 1), done, null));
    }

    [Fact]
    public void Open_at_the_end_of_the_period_is_pending_even_when_finished_since()
    {
        Assert.Equal(HandlingOutcome.Pending, HandlingClassifier.Classify(December, Vn(2025, 12, 20), null, new DateOnly(2026, 1, 5)));
        Assert.Equal(HandlingOutcome.Pending, HandlingClassifier.Classify(December, Vn(2025, 12, 20), Vn(2026, 1, 1, 0), null));
        Assert.Equal(HandlingOutcome.Pending, HandlingClassifier.Classify(December, Vn(2025, 11, 20), null, null));
    }

    [Fact]
    public void Assigned_after_the_period_or_finished_before_it_is_not_counted()
    {
        Assert.Equal(HandlingOutcome.NotCounted, HandlingClassifier.Classify(December, Vn(2026, 1, 1, 0), null, null));
        Assert.Equal(HandlingOutcome.NotCounted, HandlingClassifier.Classify(December, Vn(2025, 11, 1), Vn(2025, 11, 30, 23), null));
    }

    [Fact]
    public void Figures_add_up_across_agencies()
    {
        var a = UsageFigures.Zero with { IncomingRegistered = 2, ActiveAccounts = 1 };
        var b = UsageFigures.Zero with { IncomingRegistered = 3, Searches = 4 };
        Assert.Equal(UsageFigures.Zero with { IncomingRegistered = 5, ActiveAccounts = 1, Searches = 4 }, a + b);
        Assert.Equal(11, UsageIndicators.All.Select(i => i.Key).Distinct().Count());
    }
}
