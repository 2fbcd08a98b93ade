using EdocMan.Search.Core.Registers;

namespace EdocMan.Search.Core.Handling;

/// <summary>
/// The rules of the handling tracker: which bucket a deadline falls in on a given day, and the order in
/// which leaders read the list (urgent documents first, then the nearest deadline).
/// </summary>
/// <remarks>
/// All dates are Vietnam calendar days (UTC+7): a deadline is met when the work is done on that day,
/// whatever the hour. Pure and thread-safe.
/// </remarks>
public static class HandlingTracker
{
    /// <summary>The default warning window: 3 working days before the deadline.</summary>
    public const int DefaultDueSoonWorkingDays = 3;

    /// <summary>The bucket of one piece of work.</summary>
    /// <param name="deadline">Hạn xử lý; none means it cannot be late.</param>
    /// <param name="completedOn">The Vietnam day it was done, or null while open.</param>
    /// <param name="today">Today in Vietnam.</param>
    /// <param name="dueSoonWorkingDays">The warning window.</param>
    /// <param name="calendar">Working days; <see cref="WorkingCalendar.Default"/> when null.</param>
    public static TrackerBucket Classify(
        DateOnly? deadline, DateOnly? completedOn, DateOnly today, int dueSoonWorkingDays = DefaultDueSoonWorkingDays,
        WorkingCalendar? calendar = null)
    {
        if (completedOn is { } done)
        {
            return deadline is { } d && done > d ? TrackerBucket.DoneLate : TrackerBucket.DoneOnTime;
        }
        if (deadline is not { } due)
        {
            return TrackerBucket.Pending;
        }
        if (today > due)
        {
            return TrackerBucket.Overdue;
        }
        return (calendar ?? WorkingCalendar.Default).WorkingDaysUntil(today, due) <= dueSoonWorkingDays
            ? TrackerBucket.DueSoon
            : TrackerBucket.Pending;
    }

    /// <summary>
    /// Leaders' reading order: hỏa tốc, thượng khẩn, khẩn, thường; within each, the nearest deadline
    /// first and work without a deadline last; then the earliest arrival.
    /// </summary>
    public static IOrderedEnumerable<T> InUrgencyOrder<T>(
        IEnumerable<T> items, Func<T, Urgency> urgency, Func<T, DateOnly?> deadline, Func<T, DateTimeOffset> arrived) =>
        items.OrderByDescending(urgency)
            .ThenBy(i => deadline(i) is null)
            .ThenBy(i => deadline(i) ?? DateOnly.MaxValue)
            .ThenBy(arrived);

    /// <summary>The Vietnam calendar day of an instant (UTC+7, no daylight saving).</summary>
    public static DateOnly VietnamDay(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime.AddHours(7));
}
