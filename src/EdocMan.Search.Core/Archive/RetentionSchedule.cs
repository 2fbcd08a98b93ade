namespace EdocMan.Search.Core.Archive;

/// <summary>Where a closed case file stands towards its transfer to the agency archive.</summary>
public enum TransferState
{
    /// <summary>Kept less than 5 years: stays at the unit until destroyed, never transferred.</summary>
    NotTransferred = 0,

    /// <summary>The work ended this year: the transfer year has not begun.</summary>
    NotYetDue = 1,

    /// <summary>In the transfer year, more than 30 days before the deadline.</summary>
    Due = 2,

    /// <summary>Within 30 days of the deadline (the system's warning, Decree 30/2020, Annex VI).</summary>
    Warning = 3,

    /// <summary>The deadline has passed and the file has not reached the archive.</summary>
    Overdue = 4,
}

/// <summary>A closed file's retention and transfer deadline as of one day.</summary>
/// <param name="Deadline">The last day to reach the agency archive; null when the file is never transferred.</param>
/// <param name="DaysLeft">Days from the day asked about to the deadline (negative when overdue).</param>
/// <param name="ExpiryYear">The last year the file is kept (end year + retention); null when permanent.</param>
public sealed record TransferSchedule(TransferState State, DateOnly? Deadline, int? DaysLeft, int? ExpiryYear);

/// <summary>
/// The retention and archive-transfer rules for closed case files. Pure and thread-safe.
/// </summary>
/// <remarks>
/// Implementation note. The rules, from <c>shared/guides/domain.md</c> §2.1–2.2:
/// <list type="bullet">
/// <item>Retention is permanent (vĩnh viễn) or a number of years counted from the year the work ended
/// (TT 10/2022/TT-BNV), so a file whose work ended in 2024 and kept 10 years expires at the end of 2034.</item>
/// <item>Only files kept 5 years or more (or permanently) are transferred (Decree 30/2020, Art. 30–31);
/// shorter ones stay at the unit until destroyed.</item>
/// <item>They must reach the agency archive (lưu trữ hiện hành) at most 1 year from the year the work ended
/// (Luật Lưu trữ 33/2024/QH15; Decree 30/2020 says "within 1 year of the end of the work"). We read it as
/// the following calendar year: deadline 31/12 of end year + 1. A file closed on 31/12/2024 must be
/// transferred during 2025; one closed on 01/01/2025, during 2026.</item>
/// <item>The system warns 30 days before the deadline (Decree 30/2020, Annex VI): from deadline − 30 days
/// to the deadline itself, both included.</item>
/// </list>
/// Construction files (3 months after final settlement) are not modelled: the data model has no settlement date.
/// </remarks>
public static class RetentionSchedule
{
    /// <summary>Files kept at least this many years go to the archive.</summary>
    public const int MinimumYearsForTransfer = 5;

    /// <summary>Days before the deadline from which a file is shown as a warning.</summary>
    public const int WarningDays = 30;

    /// <summary>Whether a file with this retention is ever transferred to the agency archive.</summary>
    public static bool IsTransferred(int? retentionYears) =>
        retentionYears is null || retentionYears >= MinimumYearsForTransfer;

    /// <summary>The last day to reach the agency archive: 31 December of the year after the work ended.</summary>
    public static DateOnly DeadlineFor(DateOnly endDate) => new(endDate.Year + 1, 12, 31);

    /// <summary>The last year a file is kept; null when permanent.</summary>
    public static int? ExpiryYear(DateOnly endDate, int? retentionYears) =>
        retentionYears is { } years ? endDate.Year + years : null;

    /// <summary>The schedule of a file whose work ended on <paramref name="endDate"/>, as of <paramref name="today"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The retention is zero or negative.</exception>
    public static TransferSchedule Evaluate(DateOnly endDate, int? retentionYears, DateOnly today)
    {
        if (retentionYears is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(retentionYears), "Retention must be at least one year, or null for permanent.");
        }
        var expiry = ExpiryYear(endDate, retentionYears);
        if (!IsTransferred(retentionYears))
        {
            return new TransferSchedule(TransferState.NotTransferred, null, null, expiry);
        }
        var deadline = DeadlineFor(endDate);
        var daysLeft = deadline.DayNumber - today.DayNumber;
        var state = today.Year <= endDate.Year ? TransferState.NotYetDue
            : daysLeft < 0 ? TransferState.Overdue
            : daysLeft <= WarningDays ? TransferState.Warning
            : TransferState.Due;
        return new TransferSchedule(state, deadline, daysLeft, expiry);
    }

    /// <summary>Thời hạn bảo quản as printed: "Vĩnh viễn" or "10 năm".</summary>
    public static string RetentionLabel(int? retentionYears) =>
        retentionYears is { } years ? $"{years} năm" : "Vĩnh viễn";

    /// <summary>The state as the archivist reads it.</summary>
    public static string Label(TransferState state) => state switch
    {
        TransferState.NotTransferred => "Không thuộc diện nộp lưu",
        TransferState.NotYetDue => "Chưa đến hạn nộp lưu",
        TransferState.Due => "Đến hạn nộp lưu",
        TransferState.Warning => "Sắp hết hạn nộp lưu",
        TransferState.Overdue => "Quá hạn nộp lưu",
        _ => state.ToString(),
    };
}
