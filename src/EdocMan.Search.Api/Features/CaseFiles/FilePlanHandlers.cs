using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.CaseFiles;

/// <summary>
/// The yearly file plan (danh mục hồ sơ, Decree 30/2020, Art. 28): created and filled in by the văn thư,
/// approved by the head (lãnh đạo or quản trị đơn vị), then frozen until explicitly reopened.
/// Every member of the agency reads it.
/// </summary>
internal static class FilePlanHandlers
{
    public static async Task<Results<Ok<FilePlanResponse>, ProblemHttpResult>> GetAsync(
        int year, HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var agency = http.Agency();
        if (FilePlanStore.CheckReader(CurrentUser.From(http.User)!, agency.Id) is { } denied)
        {
            return denied;
        }
        var plan = await db.FilePlans.AsNoTracking().SingleOrDefaultAsync(p => p.AgencyId == agency.Id && p.Year == year, ct);
        return plan is null
            ? Problems.Of(404, FilePlanStore.NoPlan(year))
            : TypedResults.Ok(await FilePlanStore.ResponseAsync(db, plan, agency.Code, ct));
    }

    public static async Task<Results<Created<FilePlanResponse>, ProblemHttpResult>> CreateAsync(
        CreateFilePlanRequest? request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var agency = http.Agency();
        var user = CurrentUser.From(http.User)!;
        if (!FilePlanStore.CanEdit(user, agency.Id))
        {
            return Problems.Of(403, FilePlanStore.EditorsOnly);
        }
        if (request is null)
        {
            return Problems.Of(400, "Hãy cho biết năm của danh mục hồ sơ.");
        }
        if (FilePlanStore.CheckYear(request.Year, time) is { } bad)
        {
            return bad;
        }
        var plan = new FilePlan { AgencyId = agency.Id, Year = request.Year, CreatedAt = time.GetUtcNow(), CreatedBy = user.AccountId };
        db.FilePlans.Add(plan);
        AuditTrail.Add(db, time, user, CaseFileAuditActions.PlanChange, null, $"lập danh mục hồ sơ năm {request.Year}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Problems.Of(409, $"Đơn vị đã có danh mục hồ sơ năm {request.Year}.");
        }
        return TypedResults.Created($"/{agency.Code}/api/file-plans/{plan.Year}", await FilePlanStore.ResponseAsync(db, plan, agency.Code, ct));
    }

    public static async Task<Results<Ok<FilePlanResponse>, ProblemHttpResult>> ApproveAsync(
        int year, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (plan, problem) = await ForApprovalAsync(year, http, db, ct);
        if (plan is null)
        {
            return problem!;
        }
        if (plan.ApprovedAt is not null)
        {
            return Problems.Of(409, $"Danh mục hồ sơ năm {year} đã được phê duyệt trước đó.");
        }
        if (!await db.FilePlanItems.AnyAsync(i => i.FilePlanId == plan.Id, ct))
        {
            return Problems.Of(400, $"Danh mục hồ sơ năm {year} chưa có hồ sơ nào để phê duyệt.");
        }
        var user = CurrentUser.From(http.User)!;
        plan.ApprovedAt = time.GetUtcNow();
        plan.ApprovedBy = user.AccountId;
        AuditTrail.Add(db, time, user, CaseFileAuditActions.PlanApprove, null, $"phê duyệt danh mục hồ sơ năm {year}");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await FilePlanStore.ResponseAsync(db, plan, http.Agency().Code, ct));
    }

    /// <summary>Lifts the approval so the plan can be corrected; it must then be approved again.</summary>
    public static async Task<Results<Ok<FilePlanResponse>, ProblemHttpResult>> ReopenAsync(
        int year, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (plan, problem) = await ForApprovalAsync(year, http, db, ct);
        if (plan is null)
        {
            return problem!;
        }
        if (plan.ApprovedAt is null)
        {
            return Problems.Of(409, $"Danh mục hồ sơ năm {year} chưa được phê duyệt, đang sửa được.");
        }
        plan.ApprovedAt = null;
        plan.ApprovedBy = null;
        AuditTrail.Add(db, time, CurrentUser.From(http.User), CaseFileAuditActions.PlanReopen, null, $"mở lại danh mục hồ sơ năm {year} để sửa");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await FilePlanStore.ResponseAsync(db, plan, http.Agency().Code, ct));
    }

    /// <summary>Numbers the lines again: <c>heading</c> (01 under each heading) or <c>plan</c> (one series).</summary>
    public static async Task<Results<Ok<FilePlanResponse>, ProblemHttpResult>> RenumberAsync(
        int year, RenumberFilePlanRequest? request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        FilePlanNumbering? numbering = request?.Numbering?.Trim().ToLowerInvariant() switch
        {
            "heading" => FilePlanNumbering.WithinHeading,
            "plan" => FilePlanNumbering.AcrossPlan,
            _ => null,
        };
        if (numbering is null)
        {
            return Problems.Of(400, "Cách đánh số phải là “heading” (đánh số lại từ 01 trong từng đề mục) hoặc “plan” (liên tục trong cả danh mục).");
        }
        var (plan, problem) = await ForEditAsync(year, http, db, ct);
        if (plan is null)
        {
            return problem!;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var items = await FilePlanStore.ItemsAsync(db, plan.Id, ct);
        if (await FilePlanStore.RenumberAsync(db, items, numbering.Value, ct) is { } refused)
        {
            return Problems.Of(409, refused);
        }
        AuditTrail.Add(db, time, CurrentUser.From(http.User), CaseFileAuditActions.PlanChange, null,
            $"đánh số lại danh mục hồ sơ năm {year} ({FilePlanStore.NumberingSlug(numbering.Value)})");
        if (!await FilePlanStore.TrySaveAsync(db, tx, ct))
        {
            return Problems.Of(409, FilePlanStore.ChangedMeanwhile);
        }
        return TypedResults.Ok(await FilePlanStore.ResponseAsync(db, plan, http.Agency().Code, ct));
    }

    /// <summary>The plan when the user may edit it and it is not approved: 403, 404 or 409 otherwise.</summary>
    public static async Task<(FilePlan? Plan, ProblemHttpResult? Problem)> ForEditAsync(
        int year, HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var agency = http.Agency();
        if (!FilePlanStore.CanEdit(CurrentUser.From(http.User)!, agency.Id))
        {
            return (null, Problems.Of(403, FilePlanStore.EditorsOnly));
        }
        var plan = await FilePlanStore.FindAsync(db, agency.Id, year, ct);
        if (plan is null)
        {
            return (null, Problems.Of(404, FilePlanStore.NoPlan(year)));
        }
        return plan.ApprovedAt is null ? (plan, null) : (null, Problems.Of(409, FilePlanStore.Frozen(year)));
    }

    private static async Task<(FilePlan? Plan, ProblemHttpResult? Problem)> ForApprovalAsync(
        int year, HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var agency = http.Agency();
        if (!FilePlanStore.CanApprove(CurrentUser.From(http.User)!, agency.Id))
        {
            return (null, Problems.Of(403, "Chỉ lãnh đạo hoặc quản trị của đơn vị mới được phê duyệt hoặc mở lại danh mục hồ sơ."));
        }
        var plan = await FilePlanStore.FindAsync(db, agency.Id, year, ct);
        return plan is null ? (null, Problems.Of(404, FilePlanStore.NoPlan(year))) : (plan, null);
    }
}
