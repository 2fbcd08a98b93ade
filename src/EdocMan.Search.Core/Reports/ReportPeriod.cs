using System.Globalization;

namespace EdocMan.Search.Core.Reports;

/// <summary>The length of a reporting period (seed regulation, Art. 9.5: monthly, quarterly, yearly).</summary>
public enum ReportPeriodKind
{
    Month = 0,
    Quarter = 1,
    Year = 2,
}

/// <summary>
/// One reporting period — a month, a quarter or a year — as Vietnam's calendar counts it: from 00:00 of
/// its first day to 00:00 of the day after its last, in Vietnam time (UTC+7, no daylight saving).
/// </summary>
/// <remarks>
/// Implementation note: the registers store the Vietnam day (<c>RegisteredOn</c>) while logins, searches and
/// uploads store UTC instants; a period therefore offers both: <see cref="FirstDay"/>/<see cref="LastDay"/>
/// for days and <see cref="Start"/>/<see cref="End"/> (UTC, end exclusive) for instants. A login at 23:30 UTC
/// on 31 December is 06:30 on 1 January in Sơn La and belongs to the new year's reports.
/// <threadsafety>Immutable.</threadsafety>
/// </remarks>
public sealed record ReportPeriod
{
    /// <summary>Vietnam's offset from UTC; the country has no daylight saving time.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private ReportPeriod(ReportPeriodKind kind, int year, int number)
    {
        Kind = kind;
        Year = year;
        Number = number;
    }

    public ReportPeriodKind Kind { get; }

    public int Year { get; }

    /// <summary>The month (1–12) or the quarter (1–4); 1 for a year.</summary>
    public int Number { get; }

    public DateOnly FirstDay => Kind switch
    {
        ReportPeriodKind.Month => new DateOnly(Year, Number, 1),
        ReportPeriodKind.Quarter => new DateOnly(Year, (Number - 1) * 3 + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    public DateOnly LastDay => Kind switch
    {
        ReportPeriodKind.Month => FirstDay.AddMonths(1).AddDays(-1),
        ReportPeriodKind.Quarter => FirstDay.AddMonths(3).AddDays(-1),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>The first instant of the period (00:00 Vietnam time of <see cref="FirstDay"/>), in UTC.</summary>
    public DateTimeOffset Start => StartOfDay(FirstDay);

    /// <summary>The first instant after the period, in UTC: compare with <c>&lt;</c>.</summary>
    public DateTimeOffset End => StartOfDay(LastDay.AddDays(1));

    /// <summary>The period just before, for comparison: December before January, Q4 before Q1.</summary>
    public ReportPeriod Previous => Kind switch
    {
        ReportPeriodKind.Month => Number == 1 ? Month(Year - 1, 12) : Month(Year, Number - 1),
        ReportPeriodKind.Quarter => Number == 1 ? Quarter(Year - 1, 4) : Quarter(Year, Number - 1),
        _ => OfYear(Year - 1),
    };

    /// <summary>How a report's heading names the period: "Tháng 11/2026", "Quý IV/2026", "Năm 2026".</summary>
    public string Label => Kind switch
    {
        ReportPeriodKind.Month => $"Tháng {Number:00}/{Year}",
        ReportPeriodKind.Quarter => $"Quý {Roman[Number - 1]}/{Year}",
        _ => $"Năm {Year}",
    };

    /// <summary>For file names: <c>2026-11</c>, <c>2026-q4</c>, <c>2026</c>.</summary>
    public string Slug => Kind switch
    {
        ReportPeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year}-{Number:00}"),
        ReportPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year}-q{Number}"),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The route name of <see cref="Kind"/>: <c>month</c>, <c>quarter</c>, <c>year</c>.</summary>
    public string KindName => Kind.ToString().ToLowerInvariant();

    public bool Contains(DateOnly day) => day >= FirstDay && day <= LastDay;

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    public static ReportPeriod Month(int year, int month) =>
        new(ReportPeriodKind.Month, CheckYear(year), month is >= 1 and <= 12 ? month : throw new ArgumentOutOfRangeException(nameof(month)));

    public static ReportPeriod Quarter(int year, int quarter) =>
        new(ReportPeriodKind.Quarter, CheckYear(year), quarter is >= 1 and <= 4 ? quarter : throw new ArgumentOutOfRangeException(nameof(quarter)));

    public static ReportPeriod OfYear(int year) => new(ReportPeriodKind.Year, CheckYear(year), 1);

    /// <summary>The period of the given kind that contains <paramref name="day"/>.</summary>
    public static ReportPeriod Containing(ReportPeriodKind kind, DateOnly day) => kind switch
    {
        ReportPeriodKind.Month => Month(day.Year, day.Month),
        ReportPeriodKind.Quarter => Quarter(day.Year, (day.Month - 1) / 3 + 1),
        _ => OfYear(day.Year),
    };

    /// <summary>The Vietnam calendar day of a UTC instant.</summary>
    public static DateOnly VietnamDay(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(VietnamOffset).DateTime);

    private static DateTimeOffset StartOfDay(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), VietnamOffset).ToUniversalTime();

    private static int CheckYear(int year) =>
        year is >= MinYear and <= MaxYear ? year : throw new ArgumentOutOfRangeException(nameof(year));

    /// <summary>Reports make sense from the first documents kept electronically; the bound keeps dates valid.</summary>
    public const int MinYear = 1990;

    public const int MaxYear = 9998;

    private static readonly string[] Roman = ["I", "II", "III", "IV"];
}
