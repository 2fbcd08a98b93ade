using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Features.Registers;
using EdocMan.Search.Core.Archive;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Archive;

/// <summary>A closed file the archive is waiting for.</summary>
public sealed record DueFile(
    int Id, string Code, int Year, string Title, DateOnly StartDate, DateOnly EndDate, int? RetentionYears, string Retention,
    int? DocumentCount, int? PageCount, string Owner, DateOnly Deadline, int DaysLeft, string State, string StateLabel);

/// <summary>The archivist's list: counts per state and the files, most urgent first.</summary>
public sealed record DueFilesResponse(DateOnly Today, int Overdue, int Warning, int Due, IReadOnlyList<DueFile> Files);

/// <summary>
/// <c>GET /{agency}/api/archive/due</c>: closed files kept 5 years or more whose transfer year has come:
/// overdue, within 30 days of the deadline (warning), or due (rules: <see cref="RetentionSchedule"/>).
/// </summary>
internal static class DueFiles
{
    public static async Task<Results<Ok<DueFilesResponse>, ProblemHttpResult>> HandleAsync(
        HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (ArchiveAccess.Denied(http) is { } denied)
        {
            return denied;
        }
        var today = RegisterRoutes.Today(time);
        var files = await ListAsync(db, http.Agency().Id, today, ct);
        return TypedResults.Ok(new DueFilesResponse(today,
            files.Count(f => f.State == nameof(TransferState.Overdue)),
            files.Count(f => f.State == nameof(TransferState.Warning)),
            files.Count(f => f.State == nameof(TransferState.Due)),
            files));
    }

    /// <summary>The agency's closed files in a transfer state (due, warning, overdue), most urgent first.</summary>
    internal static async Task<List<DueFile>> ListAsync(EdocManDbContext db, int agencyId, DateOnly today, CancellationToken ct)
    {
        // The transfer year of a file ended in year Y is Y + 1, so only files ended before this year can be due.
        var firstOfYear = new DateOnly(today.Year, 1, 1);
        var closed = await (from file in db.CaseFiles.AsNoTracking()
                            join owner in db.Accounts.AsNoTracking() on file.OwnerAccountId equals owner.Id
                            where file.AgencyId == agencyId && file.Status == CaseFileStatus.Closed
                                  && file.EndDate != null && file.EndDate < firstOfYear
                                  && (file.RetentionYears == null || file.RetentionYears >= RetentionSchedule.MinimumYearsForTransfer)
                            select new { File = file, Owner = owner.FullName }).ToListAsync(ct);
        return closed
            .Select(c => (c.File, c.Owner, Schedule: RetentionSchedule.Evaluate(c.File.EndDate!.Value, c.File.RetentionYears, today)))
            .Where(c => c.Schedule.State is TransferState.Due or TransferState.Warning or TransferState.Overdue)
            .OrderBy(c => c.Schedule.Deadline).ThenBy(c => c.File.Code, StringComparer.Ordinal)
            .Select(c => new DueFile(c.File.Id, c.File.Code, c.File.Year, c.File.Title, c.File.StartDate, c.File.EndDate!.Value,
                c.File.RetentionYears, RetentionSchedule.RetentionLabel(c.File.RetentionYears), c.File.DocumentCount, c.File.PageCount,
                c.Owner, c.Schedule.Deadline!.Value, c.Schedule.DaysLeft!.Value, c.Schedule.State.ToString(), RetentionSchedule.Label(c.Schedule.State)))
            .ToList();
    }
}
