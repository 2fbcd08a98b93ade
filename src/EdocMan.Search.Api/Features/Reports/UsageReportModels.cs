using EdocMan.Search.Core.Reports;

namespace EdocMan.Search.Api.Features.Reports;

/// <summary>A reporting period as the API names it: <c>month</c> 11 of 2026, from 01/11 to 30/11 (Vietnam days).</summary>
public sealed record ReportPeriodResponse(string Kind, int Year, int Number, string Label, DateOnly From, DateOnly To)
{
    public static ReportPeriodResponse Of(ReportPeriod p) => new(p.KindName, p.Year, p.Number, p.Label, p.FirstDay, p.LastDay);
}

/// <summary>One line of a report: an indicator, its value in the period and in the period before.</summary>
public sealed record UsageLine(string Key, string Label, int Current, int Previous);

/// <summary>An agency's usage report, with the previous period for comparison.</summary>
public sealed record UsageReportResponse(
    string Agency,
    string AgencyName,
    ReportPeriodResponse Period,
    ReportPeriodResponse PreviousPeriod,
    UsageFigures Current,
    UsageFigures Previous,
    IReadOnlyList<UsageLine> Lines);

/// <summary>One agency's row of the province-wide report.</summary>
public sealed record AgencyUsageRow(string Agency, string AgencyName, UsageFigures Figures);

/// <summary>The province-wide report: one row per agency, the province's total, and the previous period's total.</summary>
public sealed record ProvinceUsageResponse(
    ReportPeriodResponse Period,
    ReportPeriodResponse PreviousPeriod,
    IReadOnlyList<AgencyUsageRow> Agencies,
    UsageFigures Total,
    UsageFigures PreviousTotal);

internal static class UsageLines
{
    public static IReadOnlyList<UsageLine> Of(UsageFigures current, UsageFigures previous) =>
        UsageIndicators.All.Select(i => new UsageLine(i.Key, i.Label, i.Value(current), i.Value(previous))).ToList();
}
