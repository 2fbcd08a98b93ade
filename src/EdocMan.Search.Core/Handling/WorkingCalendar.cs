namespace EdocMan.Search.Core.Handling;

/// <summary>
/// Working days for deadlines: Monday to Friday, minus public holidays.
/// </summary>
/// <remarks>
/// Implementation note: the fixed solar holidays of the Labour Code 2019 (Art. 112: 1/1, 30/4, 1/5,
/// 2/9) are built in. Tết and Giỗ Tổ Hùng Vương follow the lunar calendar and the government moves
/// days off every year, so those dates are given as <c>extraHolidays</c> (configuration), not guessed.
/// Pure and thread-safe.
/// </remarks>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _extra;

    public WorkingCalendar(IEnumerable<DateOnly>? extraHolidays = null) => _extra = [.. extraHolidays ?? []];

    /// <summary>The calendar with only the fixed holidays.</summary>
    public static WorkingCalendar Default { get; } = new();

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsFixedHoliday(day) && !_extra.Contains(day);

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>: 0 when
    /// <paramref name="to"/> is not later. "Due in 1 working day" means the deadline is the next working day.
    /// </summary>
    public int WorkingDaysUntil(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }
        return count;
    }

    private static bool IsFixedHoliday(DateOnly day) => (day.Month, day.Day) is (1, 1) or (4, 30) or (5, 1) or (9, 2);
}
