using EdocMan.Search.Core.Archive;

namespace EdocMan.Search.Core.Tests.Archive;

public sealed class RetentionScheduleTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Work_ended_on_the_last_day_of_a_year_is_due_in_the_next_year()
    {
        var schedule = RetentionSchedule.Evaluate(D(2024, 12, 31), 10, D(2025, 1, 1));
        Assert.Equal(TransferState.Due, schedule.State);
        Assert.Equal(D(2025, 12, 31), schedule.Deadline);
        Assert.Equal(2034, schedule.ExpiryYear);
    }

    [Fact]
    public void Work_ended_on_the_first_day_of_a_year_waits_a_whole_year_more()
    {
        var schedule = RetentionSchedule.Evaluate(D(2025, 1, 1), 10, D(2025, 12, 31));
        Assert.Equal(TransferState.NotYetDue, schedule.State);
        Assert.Equal(D(2026, 12, 31), schedule.Deadline);
        Assert.Equal(2035, schedule.ExpiryYear);
        Assert.Equal(TransferState.Due, RetentionSchedule.Evaluate(D(2025, 1, 1), 10, D(2026, 1, 1)).State);
    }

    [Fact]
    public void The_two_sides_of_the_year_boundary_on_the_same_day()
    {
        var today = D(2025, 12, 15);
        Assert.Equal(TransferState.Warning, RetentionSchedule.Evaluate(D(2024, 12, 31), null, today).State);
        Assert.Equal(TransferState.NotYetDue, RetentionSchedule.Evaluate(D(2025, 1, 1), null, today).State);
        Assert.Equal(TransferState.Overdue, RetentionSchedule.Evaluate(D(2024, 12, 31), null, D(2026, 1, 1)).State);
        Assert.Equal(TransferState.Due, RetentionSchedule.Evaluate(D(2025, 1, 1), null, D(2026, 1, 1)).State);
    }

    [Fact]
    public void The_warning_starts_exactly_30_days_before_the_deadline_and_lasts_to_it()
    {
        var ended = D(2024, 6, 30);
        Assert.Equal(TransferState.Due, RetentionSchedule.Evaluate(ended, 5, D(2025, 11, 30)).State);
        var first = RetentionSchedule.Evaluate(ended, 5, D(2025, 12, 1));
        Assert.Equal(TransferState.Warning, first.State);
        Assert.Equal(30, first.DaysLeft);
        var last = RetentionSchedule.Evaluate(ended, 5, D(2025, 12, 31));
        Assert.Equal(TransferState.Warning, last.State);
        Assert.Equal(0, last.DaysLeft);
        var late = RetentionSchedule.Evaluate(ended, 5, D(2026, 1, 1));
        Assert.Equal(TransferState.Overdue, late.State);
        Assert.Equal(-1, late.DaysLeft);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Files_kept_less_than_5_years_are_never_due(int years)
    {
        foreach (var today in new[] { D(2025, 1, 1), D(2025, 12, 31), D(2030, 1, 1) })
        {
            var schedule = RetentionSchedule.Evaluate(D(2024, 3, 1), years, today);
            Assert.Equal(TransferState.NotTransferred, schedule.State);
            Assert.Null(schedule.Deadline);
        }
        Assert.Equal(2024 + years, RetentionSchedule.ExpiryYear(D(2024, 3, 1), years));
    }

    [Fact]
    public void Five_years_and_permanent_are_transferred()
    {
        Assert.True(RetentionSchedule.IsTransferred(5));
        Assert.True(RetentionSchedule.IsTransferred(null));
        Assert.False(RetentionSchedule.IsTransferred(4));
        Assert.Null(RetentionSchedule.Evaluate(D(2024, 3, 1), null, D(2025, 3, 1)).ExpiryYear);
        Assert.Equal("Vĩnh viễn", RetentionSchedule.RetentionLabel(null));
        Assert.Equal("10 năm", RetentionSchedule.RetentionLabel(10));
    }

    [Fact]
    public void A_leap_year_deadline_counts_its_extra_day()
    {
        var schedule = RetentionSchedule.Evaluate(D(2023, 5, 1), 10, D(2024, 1, 1));
        Assert.Equal(365, schedule.DaysLeft);
        Assert.Equal(TransferState.Due, schedule.State);
    }

    [Fact]
    public void A_retention_of_zero_years_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RetentionSchedule.Evaluate(D(2024, 1, 1), 0, D(2025, 1, 1)));
    }
}
