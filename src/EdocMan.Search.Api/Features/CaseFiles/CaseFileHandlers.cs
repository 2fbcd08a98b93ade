using System.Globalization;
using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.CaseFiles;

/// <summary>Opening a case file (from the approved plan or ad hoc), reading it, and editing an open one.</summary>
internal static class CaseFileHandlers
{
    /// <summary>The heading abbreviation of ad hoc files when neither the request nor the official's unit gives one.</summary>
    public const string DefaultHeadingCode = "HS";

    public static async Task<Results<Created<CaseFileDetailResponse>, ProblemHttpResult>> OpenAsync(
        OpenCaseFileRequest? request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var agency = http.Agency();
        var user = CurrentUser.From(http.User)!;
        if (user.AgencyId != agency.Id)
        {
            return Problems.Of(403, "Chỉ cán bộ của đơn vị mới mở hồ sơ của đơn vị.");
        }
        if (request is null)
        {
            return Problems.Of(400, "Hãy chọn một dòng của danh mục hồ sơ, hoặc nhập tiêu đề và thời hạn bảo quản của hồ sơ phát sinh.");
        }
        if (request.Description is { Length: > 500 } || request.AccessRegime is { Length: > 30 })
        {
            return Problems.Of(400, "Chú giải tối đa 500 ký tự; chế độ sử dụng tối đa 30 ký tự.");
        }
        var today = CaseFileDates.Today(time);
        if (request.StartDate > today)
        {
            return Problems.Of(400, "Ngày mở hồ sơ không được sau ngày hôm nay.");
        }
        var file = request.PlanItemId is { } itemId
            ? await FromPlanAsync(itemId, request, user, agency.Id, today, db, ct)
            : await AdHocAsync(request, user, agency.Id, today, db, ct);
        if (file.Problem is not null)
        {
            return file.Problem;
        }
        var created = file.File!;
        created.Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim();
        created.AccessRegime = string.IsNullOrWhiteSpace(request.AccessRegime) ? null : request.AccessRegime.Trim();
        created.CreatedAt = time.GetUtcNow();
        db.CaseFiles.Add(created);
        AuditTrail.Add(db, time, user, CaseFileAuditActions.Open, null, $"mở hồ sơ {created.Code} năm {created.Year}: {created.Title}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Problems.Of(409, $"Hồ sơ {created.Code} năm {created.Year} đã được mở.");
        }
        return TypedResults.Created($"/{agency.Code}/api/case-files/{created.Id}", await CaseFileView.DetailAsync(db, created, user, agency.Code, ct));
    }

    public static async Task<Results<Ok<CaseFileDetailResponse>, ProblemHttpResult>> GetAsync(
        int id, HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User)!;
        var file = await CaseFileAccess.FindAsync(db, user, id, ct);
        return file is null ? CaseFileAccess.NotFound() : TypedResults.Ok(await CaseFileView.DetailAsync(db, file, user, http.Agency().Code, ct));
    }

    public static async Task<Results<Ok<CaseFileDetailResponse>, ProblemHttpResult>> UpdateAsync(
        int id, UpdateCaseFileRequest? request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User)!;
        var (file, problem) = await CaseFileAccess.FindForChangeAsync(db, user, id, ct);
        if (file is null)
        {
            return problem!;
        }
        var title = request?.Title?.Trim();
        if (title is { Length: 0 or > 500 } || request?.Description is { Length: > 500 } || request?.AccessRegime is { Length: > 30 })
        {
            return Problems.Of(400, "Tiêu đề hồ sơ từ 1 đến 500 ký tự; chú giải tối đa 500 ký tự; chế độ sử dụng tối đa 30 ký tự.");
        }
        file.Title = title ?? file.Title;
        file.Description = request?.Description is null ? file.Description : NullIfBlank(request.Description);
        file.AccessRegime = request?.AccessRegime is null ? file.AccessRegime : NullIfBlank(request.AccessRegime);
        AuditTrail.Add(db, time, user, CaseFileAuditActions.Change, null, $"sửa hồ sơ {file.Code} năm {file.Year}");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await CaseFileView.DetailAsync(db, file, user, http.Agency().Code, ct));
    }

    private static async Task<(CaseFile? File, ProblemHttpResult? Problem)> FromPlanAsync(
        int itemId, OpenCaseFileRequest request, CurrentUser user, int agencyId, DateOnly today, EdocManDbContext db, CancellationToken ct)
    {
        var line = await (from i in db.FilePlanItems
                          join p in db.FilePlans on i.FilePlanId equals p.Id
                          where i.Id == itemId && p.AgencyId == agencyId
                          select new { Item = i, Plan = p }).SingleOrDefaultAsync(ct);
        if (line is null)
        {
            return (null, Problems.Of(404, "Không tìm thấy dòng này trong danh mục hồ sơ của đơn vị."));
        }
        if (line.Plan.ApprovedAt is null)
        {
            return (null, Problems.Of(409, $"Danh mục hồ sơ năm {line.Plan.Year} chưa được phê duyệt; hãy chờ phê duyệt hoặc mở hồ sơ phát sinh."));
        }
        var responsible = line.Item.ResponsibleAccountId;
        if (responsible is not null && responsible != user.AccountId && !CaseFileAccess.PlanEditors.Any(user.Roles.Contains))
        {
            return (null, Problems.Of(403, $"Hồ sơ {line.Item.Code} được giao cho người khác lập."));
        }
        var start = request.StartDate ?? today;
        if (start.Year != line.Plan.Year)
        {
            return (null, Problems.Of(400, $"Hồ sơ theo danh mục năm {line.Plan.Year} phải mở trong năm {line.Plan.Year}; hãy nhập ngày mở hồ sơ."));
        }
        return (new CaseFile
        {
            AgencyId = agencyId, Year = line.Plan.Year, FilePlanItemId = line.Item.Id, Code = line.Item.Code, Title = line.Item.Title,
            RetentionYears = line.Item.RetentionYears, OwnerAccountId = responsible ?? user.AccountId, Status = CaseFileStatus.Open, StartDate = start,
        }, null);
    }

    private static async Task<(CaseFile? File, ProblemHttpResult? Problem)> AdHocAsync(
        OpenCaseFileRequest request, CurrentUser user, int agencyId, DateOnly today, EdocManDbContext db, CancellationToken ct)
    {
        var title = request.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 500)
        {
            return (null, Problems.Of(400, "Hãy nhập tiêu đề hồ sơ (tối đa 500 ký tự)."));
        }
        if (!RetentionPeriod.TryParse(request.Retention, out var years))
        {
            return (null, Problems.Of(400, RetentionPeriod.Invalid));
        }
        string heading;
        if (!string.IsNullOrWhiteSpace(request.HeadingCode))
        {
            if (!FileCodes.IsValidHeadingCode(request.HeadingCode))
            {
                return (null, Problems.Of(400, "Ký hiệu đề mục gồm 1–10 chữ cái, chữ số hoặc dấu gạch ngang, ví dụ TCCB."));
            }
            heading = FileCodes.NormalizeHeadingCode(request.HeadingCode);
        }
        else
        {
            // Ad hoc files of an official are numbered under their unit (phòng) when it is known.
            var unit = await (from a in db.Accounts join u in db.OrgUnits on a.UnitId equals u.Id where a.Id == user.AccountId select u.Code).SingleOrDefaultAsync(ct);
            heading = unit is not null && FileCodes.IsValidHeadingCode(unit) ? FileCodes.NormalizeHeadingCode(unit) : DefaultHeadingCode;
        }
        var start = request.StartDate ?? today;
        var year = start.Year;
        var code = FileCodes.Format(await NextAdHocSequenceAsync(db, agencyId, year, heading, ct), heading);
        return (new CaseFile
        {
            AgencyId = agencyId, Year = year, Code = code, Title = title, RetentionYears = years,
            OwnerAccountId = user.AccountId, Status = CaseFileStatus.Open, StartDate = start,
        }, null);
    }

    /// <summary>After every number the heading already uses that year, in the plan and in files opened.</summary>
    private static async Task<int> NextAdHocSequenceAsync(EdocManDbContext db, int agencyId, int year, string heading, CancellationToken ct)
    {
        var suffix = "." + heading;
        var fileCodes = await db.CaseFiles.Where(f => f.AgencyId == agencyId && f.Year == year && f.Code.EndsWith(suffix)).Select(f => f.Code).ToListAsync(ct);
        var planCodes = await (from i in db.FilePlanItems join p in db.FilePlans on i.FilePlanId equals p.Id
                               where p.AgencyId == agencyId && p.Year == year && i.HeadingCode == heading
                               select i.Code).ToListAsync(ct);
        var used = fileCodes.Concat(planCodes)
            .Select(c => int.TryParse(c.Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0);
        return used.DefaultIfEmpty(0).Max() + 1;
    }

    private static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
