using EdocMan.Search.Core.Reports;

namespace EdocMan.Search.Core.Tests.Reports;

public sealed class ReportPeriodTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void A_login_at_23_30_UTC_on_31_December_belongs_to_January_of_the_next_year_in_Vietnam()
    {
        var login = new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 1, 1), ReportPeriod.VietnamDay(login));
        Assert.True(ReportPeriod.Month(2026, 1).Contains(login));
        Assert.True(ReportPeriod.Quarter(2026, 1).Contains(login));
        Assert.True(ReportPeriod.OfYear(2026).Contains(login));
        Assert.False(ReportPeriod.Month(2025, 12).Contains(login));
        Assert.False(ReportPeriod.Quarter(2025, 4).Contains(login));
        Assert.False(ReportPeriod.OfYear(2025).Contains(login));
    }

    [Fact]
    public void The_last_instant_of_a_Vietnam_year_is_16_59_59_UTC_on_31_December()
    {
        var year = ReportPeriod.OfYear(2025);

        Assert.Equal(new DateTimeOffset(2024, 12, 31, 17, 0, 0, TimeSpan.Zero), year.Start);
        Assert.Equal(new DateTimeOffset(2025, 12, 31, 17, 0, 0, TimeSpan.Zero), year.End);
        Assert.True(year.Contains(new DateTimeOffset(2025, 12, 31, 16, 59, 59, TimeSpan.Zero)));
        Assert.False(year.Contains(year.End));
        Assert.True(year.Contains(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7))));
        Assert.False(year.Contains(new DateTimeOffset(2024, 12, 31, 23, 59, 59, TimeSpan.FromHours(7))));
    }

    [Fact]
    public void December_and_the_fourth_quarter_end_on_31_December_and_their_previous_periods_are_in_the_same_year()
    {
        var december = ReportPeriod.Month(2025, 12);
        var q4 = ReportPeriod.Quarter(2025, 4);

        Assert.Equal((new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31)), (december.FirstDay, december.LastDay));
        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31)), (q4.FirstDay, q4.LastDay));
        Assert.Equal(ReportPeriod.Month(2025, 11), december.Previous);
        Assert.Equal(ReportPeriod.Quarter(2025, 3), q4.Previous);
        Assert.True(q4.Contains(new DateOnly(2025, 12, 31)));
        Assert.False(q4.Contains(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void January_and_the_first_quarter_compare_with_December_and_Q4_of_the_year_before()
    {
        Assert.Equal(ReportPeriod.Month(2025, 12), ReportPeriod.Month(2026, 1).Previous);
        Assert.Equal(ReportPeriod.Quarter(2025, 4), ReportPeriod.Quarter(2026, 1).Previous);
        Assert.Equal(ReportPeriod.OfYear(2025), ReportPeriod.OfYear(2026).Previous);
        Assert.Equal(new DateTimeOffset(2025, 12, 31, 17, 0, 0, TimeSpan.Zero), ReportPeriod.Month(2026, 1).Start);
    }

    [Theory]
    [InlineData(2024, 2, 29)]
    [InlineData(2025, 2, 28)]
    [InlineData(2026, 4, 30)]
    public void A_month_ends_on_its_last_day(int year, int month, int lastDay) =>
        Assert.Equal(new DateOnly(year, month, lastDay), ReportPeriod.Month(year, month).LastDay);

    [Fact]
    public void Labels_read_as_Vietnamese_reports_name_their_period()
    {
        Assert.Equal("Tháng 01/2026", ReportPeriod.Month(2026, 1).Label);
        Assert.Equal("Quý IV/2025", ReportPeriod.Quarter(2025, 4).Label);
        Assert.Equal("Năm 2025", ReportPeriod.OfYear(2025).Label);
        Assert.Equal("2025-q4", ReportPeriod.Quarter(2025, 4).Slug);
    }

    [Theory]
    [InlineData("month", "2025", "12", "2025-12")]
    [InlineData("quarter", "2025", "4", "2025-q4")]
    [InlineData("year", "2025", null, "2025")]
    [InlineData("QUY", "2026", "1", "2026-q1")]
    [InlineData(null, null, null, "2026-11")]
    [InlineData("quarter", null, null, "2026-q4")]
    [InlineData("year", null, null, "2026")]
    public void Requests_name_a_period_or_mean_the_current_one(string? period, string? year, string? number, string slug)
    {
        var parsed = ReportPeriodParser.TryParse(period, year, number, Today, out var error);
        Assert.Null(error);
        Assert.Equal(slug, parsed!.Slug);
    }

    [Theory]
    [InlineData("week", "2025", "1", "tháng (month), quý (quarter) hoặc năm (year)")]
    [InlineData("month", "2025", "13", "Tháng báo cáo phải từ 1 đến 12.")]
    [InlineData("quarter", "2025", "5", "Quý báo cáo phải từ 1 đến 4.")]
    [InlineData("month", "20x5", "1", "Năm báo cáo không hợp lệ")]
    [InlineData("month", "-1", "1", "Năm báo cáo không hợp lệ")]
    [InlineData("month", "2025", null, "Hãy chọn tháng báo cáo")]
    [InlineData("month", "2026", "12", "Tháng 12/2026 chưa bắt đầu")]
    [InlineData("year", "99999", null, "Năm báo cáo không hợp lệ")]
    public void Bad_periods_are_refused_with_a_reason_a_clerk_can_act_on(string? period, string? year, string? number, string message)
    {
        Assert.Null(ReportPeriodParser.TryParse(period, year, number, Today, out var error));
        Assert.Contains(message, error);
    }
}
