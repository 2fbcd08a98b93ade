namespace EdocMan.Search.Api.Features.CaseFiles;

/// <summary>Dates of case files, in Vietnam's calendar.</summary>
internal static class CaseFileDates
{
    /// <summary>Today in Vietnam (UTC+7, no daylight saving): start and end dates are Vietnamese days.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddHours(7));

    public static string Show(DateOnly? date) =>
        date?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}
