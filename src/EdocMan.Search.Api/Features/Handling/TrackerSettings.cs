using EdocMan.Search.Core.Handling;

namespace EdocMan.Search.Api.Features.Handling;

/// <summary>
/// <c>Handling:DueSoonWorkingDays</c> (default 3) and <c>Handling:Holidays</c> (yyyy-MM-dd days off beyond the
/// fixed holidays: Tết, Giỗ Tổ, the government's moved days), read from configuration.
/// </summary>
internal sealed record TrackerSettings(int DueSoonWorkingDays, WorkingCalendar Calendar)
{
    public static TrackerSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Handling");
        var days = section.GetValue("DueSoonWorkingDays", HandlingTracker.DefaultDueSoonWorkingDays);
        var holidays = section.GetSection("Holidays").Get<DateOnly[]>() ?? [];
        return new TrackerSettings(Math.Clamp(days, 0, 30), new WorkingCalendar(holidays));
    }
}
