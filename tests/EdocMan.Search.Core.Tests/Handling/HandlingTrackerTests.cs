using EdocMan.Search.Core.Handling;
using EdocMan.Search.Core.Registers;

namespace EdocMan.Search.Core.Tests.Handling;

public sealed class HandlingTrackerTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // Tue 30/12/2025 → Mon 05/01/2026: 31/12, 02/01, 05/01 (01/01 is a holiday, 03–04/01 a weekend).
    [InlineData("2025-12-30", "2026-01-05", 3)]
    [InlineData("2025-12-30", "2025-12-30", 0)]
    [InlineData("2025-12-30", "2025-12-29", 0)]
    // Fri → Mon is one working day.
    [InlineData("2026-01-02", "2026-01-05", 1)]
    // 30/4 and 1/5 are holidays: Wed 29/4/2026 → Mon 4/5/2026 counts only the Monday.
    [InlineData("2026-04-29", "2026-05-04", 1)]
    public void Working_days_skip_weekends_and_fixed_holidays(string from, string to, int expected) =>
        Assert.Equal(expected, WorkingCalendar.Default.WorkingDaysUntil(D(from), D(to)));

    [Fact]
    public void Configured_holidays_are_skipped_too()
    {
        // Tết 2026: 16–20 February are days off by the government's decision, not by a fixed rule.
        var tet = new WorkingCalendar(Enumerable.Range(16, 5).Select(d => new DateOnly(2026, 2, d)));
        Assert.Equal(1, tet.WorkingDaysUntil(D("2026-02-13"), D("2026-02-23")));
        Assert.Equal(6, WorkingCalendar.Default.WorkingDaysUntil(D("2026-02-13"), D("2026-02-23")));
    }

    [Theory]
    [InlineData("2026-01-05", null, "2025-12-30", TrackerBucket.DueSoon)]
    [InlineData("2026-01-06", null, "2025-12-30", TrackerBucket.Pending)]
    [InlineData("2026-01-05", null, "2026-01-05", TrackerBucket.DueSoon)]
    [InlineData("2026-01-05", null, "2026-01-06", TrackerBucket.Overdue)]
    [InlineData("2025-12-31", null, "2026-01-02", TrackerBucket.Overdue)]
    [InlineData("2026-01-05", "2026-01-05", "2026-01-09", TrackerBucket.DoneOnTime)]
    [InlineData("2026-01-05", "2026-01-06", "2026-01-09", TrackerBucket.DoneLate)]
    [InlineData("2025-12-31", "2026-01-02", "2026-01-02", TrackerBucket.DoneLate)]
    [InlineData(null, null, "2026-01-02", TrackerBucket.Pending)]
    [InlineData(null, "2026-01-02", "2026-01-02", TrackerBucket.DoneOnTime)]
    public void Classifies_by_deadline_and_completion(string? deadline, string? done, string today, TrackerBucket expected) =>
        Assert.Equal(expected, HandlingTracker.Classify(
            deadline is null ? null : D(deadline), done is null ? null : D(done), D(today)));

    [Fact]
    public void The_warning_window_is_configurable() =>
        Assert.Equal(TrackerBucket.Pending, HandlingTracker.Classify(D("2026-01-05"), null, D("2025-12-30"), dueSoonWorkingDays: 2));

    [Fact]
    public void Urgent_documents_come_first_then_the_nearest_deadline()
    {
        var t0 = DateTimeOffset.UnixEpoch;
        var items = new (string Name, Urgency Urgency, DateOnly? Deadline)[]
        {
            ("thường sớm", Urgency.Normal, D("2026-01-02")),
            ("khẩn muộn", Urgency.Urgent, D("2026-01-20")),
            ("hỏa tốc không hạn", Urgency.Flash, null),
            ("khẩn sớm", Urgency.Urgent, D("2026-01-03")),
            ("thượng khẩn", Urgency.Immediate, D("2026-02-01")),
            ("thường không hạn", Urgency.Normal, null),
        };
        var ordered = HandlingTracker.InUrgencyOrder(items, i => i.Urgency, i => i.Deadline, _ => t0).Select(i => i.Name);
        Assert.Equal(["hỏa tốc không hạn", "thượng khẩn", "khẩn sớm", "khẩn muộn", "thường sớm", "thường không hạn"], ordered);
    }

    [Theory]
    [InlineData("2025-12-31T16:59:59Z", "2025-12-31")]
    [InlineData("2025-12-31T17:00:00Z", "2026-01-01")]
    public void Days_are_Vietnam_days(string instant, string day) =>
        Assert.Equal(D(day), HandlingTracker.VietnamDay(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("qua-han", TrackerBucket.Overdue)]
    [InlineData("DueSoon", TrackerBucket.DueSoon)]
    [InlineData("tre-han", TrackerBucket.DoneLate)]
    public void Bucket_slugs_parse(string slug, TrackerBucket bucket) => Assert.Equal(bucket, TrackerBuckets.Parse(slug));

    [Fact]
    public void An_unknown_bucket_slug_is_null() => Assert.Null(TrackerBuckets.Parse("xyz"));
}
