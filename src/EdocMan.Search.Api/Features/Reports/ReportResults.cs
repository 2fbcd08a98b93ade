using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EdocMan.Search.Api.Features.Reports;

/// <summary>
/// What the agency and province reports share: the access-then-period check in front of the counting, and
/// one built report answered as JSON, PDF or CSV.
/// </summary>
internal static class ReportResults
{
    /// <summary>The period asked for, or the problem: refused access first, then a period that does not parse.</summary>
    public static (ReportPeriod? Period, ProblemHttpResult? Problem) Check(
        ProblemHttpResult? denied, string? period, string? year, string? number, TimeProvider time)
    {
        if (denied is not null)
        {
            return (null, denied);
        }
        return ReportPeriodParser.TryParse(period, year, number, ReportPeriod.VietnamDay(time.GetUtcNow()), out var error) is { } p
            ? (p, null)
            : (null, Problems.Of(400, error!));
    }

    public static Results<Ok<T>, ProblemHttpResult> Json<T>((T? Report, ProblemHttpResult? Problem) built) where T : class =>
        built.Report is { } report ? TypedResults.Ok(report) : built.Problem!;

    public static Results<FileContentHttpResult, ProblemHttpResult> File<T>(
        (T? Report, ProblemHttpResult? Problem) built, Func<T, byte[]> content, string contentType, Func<T, string> fileName) where T : class =>
        built.Report is { } report ? TypedResults.File(content(report), contentType, fileName(report)) : built.Problem!;
}
