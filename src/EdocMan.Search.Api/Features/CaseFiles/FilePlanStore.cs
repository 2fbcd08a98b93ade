using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.CaseFiles;

/// <summary>Reads a plan with its lines, shows it, and numbers its lines.</summary>
internal static class FilePlanStore
{
    public const int MinYear = 2000;

    public static string NoPlan(int year) => $"Đơn vị chưa lập danh mục hồ sơ năm {year}.";

    public static ProblemHttpResult? CheckYear(int year, TimeProvider time) =>
        year < MinYear || year > CaseFileDates.Today(time).Year + 1
            ? Problems.Of(400, $"Năm của danh mục hồ sơ phải từ {MinYear} đến {CaseFileDates.Today(time).Year + 1}.")
            : null;

    public static Task<FilePlan?> FindAsync(EdocManDbContext db, int agencyId, int year, CancellationToken ct) =>
        db.FilePlans.SingleOrDefaultAsync(p => p.AgencyId == agencyId && p.Year == year, ct);

    public static Task<List<FilePlanItem>> ItemsAsync(EdocManDbContext db, int planId, CancellationToken ct) =>
        db.FilePlanItems.Where(i => i.FilePlanId == planId).ToListAsync(ct);

    public static PlanLine Line(FilePlanItem item) =>
        new(FileCodes.ParseHeading(item.Heading).Order, item.HeadingCode, item.Sequence);

    public static FilePlanNumbering Numbering(IReadOnlyList<FilePlanItem> items) => FileCodes.Infer(items.Select(Line).ToList());

    public static string NumberingSlug(FilePlanNumbering numbering) =>
        numbering == FilePlanNumbering.AcrossPlan ? "plan" : "heading";

    /// <summary>
    /// Gives every line its number and code by <paramref name="numbering"/>, and the headings consecutive numerals
    /// (a heading whose last line was removed leaves no gap). Refuses to change the code of a line a case file
    /// was opened from, since the file carries that code.
    /// </summary>
    public static async Task<string?> RenumberAsync(
        EdocManDbContext db, IReadOnlyList<FilePlanItem> items, FilePlanNumbering numbering, CancellationToken ct)
    {
        var orders = items.Select(i => FileCodes.ParseHeading(i.Heading).Order).Distinct().Order().ToList();
        var lines = items.Select(i => new PlanLine(orders.IndexOf(FileCodes.ParseHeading(i.Heading).Order) + 1, i.HeadingCode, i.Sequence)).ToList();
        var sequences = FileCodes.Renumber(lines, numbering);
        var ids = items.Select(i => i.Id).ToList();
        var opened = (await db.CaseFiles.Where(f => f.FilePlanItemId != null && ids.Contains(f.FilePlanItemId.Value))
            .Select(f => f.FilePlanItemId!.Value).ToListAsync(ct)).ToHashSet();
        for (var k = 0; k < items.Count; k++)
        {
            var code = FileCodes.Format(sequences[k], items[k].HeadingCode);
            if (opened.Contains(items[k].Id) && code != items[k].Code)
            {
                return $"Không đánh lại số được: hồ sơ {items[k].Code} đã được mở theo số, ký hiệu này. Hãy thêm dòng mới vào cuối đề mục.";
            }
        }
        // Codes are unique in a plan and SQLite checks that row by row: park the changing lines on
        // temporary codes first so that swapping 02 and 01 never collides.
        var changing = items.Where((item, k) => item.Code != FileCodes.Format(sequences[k], item.HeadingCode)).ToList();
        foreach (var item in changing.Where(i => i.Id != 0))
        {
            item.Code = "~" + item.Id;
        }
        if (changing.Any(i => i.Id != 0))
        {
            await db.SaveChangesAsync(ct);
        }
        for (var k = 0; k < items.Count; k++)
        {
            var (_, name) = FileCodes.ParseHeading(items[k].Heading);
            items[k].Heading = FileCodes.HeadingLabel(lines[k].HeadingOrder, name);
            items[k].Sequence = sequences[k];
            items[k].Code = FileCodes.Format(sequences[k], items[k].HeadingCode);
        }
        return null;
    }

    public const string ChangedMeanwhile = "Danh mục hồ sơ vừa được người khác sửa; hãy tải lại trang và thử lại.";

    /// <summary>
    /// Saves and commits a numbering change; false when another edit of the plan got there first (the unique
    /// code of a line refused it), so the caller answers 409 instead of a 500.
    /// </summary>
    public static async Task<bool> TrySaveAsync(EdocManDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    public static async Task<FilePlanResponse> ResponseAsync(EdocManDbContext db, FilePlan plan, string agencyCode, CancellationToken ct)
    {
        var items = await db.FilePlanItems.AsNoTracking().Where(i => i.FilePlanId == plan.Id).ToListAsync(ct);
        var accountIds = items.Where(i => i.ResponsibleAccountId is not null).Select(i => i.ResponsibleAccountId!.Value)
            .Append(plan.ApprovedBy ?? 0).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => (a.Username, a.FullName), ct);
        var itemIds = items.Select(i => i.Id).ToList();
        var files = await db.CaseFiles.AsNoTracking().Where(f => f.FilePlanItemId != null && itemIds.Contains(f.FilePlanItemId.Value))
            .ToDictionaryAsync(f => f.FilePlanItemId!.Value, f => f.Id, ct);
        var headings = items
            .GroupBy(i => FileCodes.ParseHeading(i.Heading).Order)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var first = g.First();
                var lines = g.OrderBy(i => i.Sequence).Select(i =>
                {
                    var who = i.ResponsibleAccountId is { } r && accounts.TryGetValue(r, out var a) ? a : default;
                    return new FilePlanItemResponse(i.Id, i.Heading, i.HeadingCode, i.Sequence, i.Code, i.Title, i.RetentionYears,
                        RetentionPeriod.Text(i.RetentionYears), who.Username, who.FullName, i.Notes, files.TryGetValue(i.Id, out var f) ? f : null);
                }).ToList();
                return new FilePlanHeadingResponse(g.Key, first.Heading, FileCodes.ParseHeading(first.Heading).Name, first.HeadingCode, lines);
            })
            .ToList();
        var approver = plan.ApprovedBy is { } by && accounts.TryGetValue(by, out var ap) ? ap.FullName : null;
        return new FilePlanResponse(plan.Id, agencyCode, plan.Year, plan.ApprovedAt is not null, plan.ApprovedAt, approver,
            NumberingSlug(Numbering(items)), items.Count, headings);
    }

    /// <summary>
    /// The plan is the agency's own business: read by its members only. A system admin may enter another
    /// agency's routes to administer it, but not to read its plan.
    /// </summary>
    public static ProblemHttpResult? CheckReader(CurrentUser user, int agencyId) =>
        user.AgencyId == agencyId ? null : Problems.Of(403, "Chỉ cán bộ của đơn vị mới xem danh mục hồ sơ của đơn vị.");

    public static bool CanEdit(CurrentUser user, int agencyId) =>
        user.AgencyId == agencyId && CaseFileAccess.PlanEditors.Any(user.Roles.Contains);

    public static bool CanApprove(CurrentUser user, int agencyId) =>
        user.AgencyId == agencyId && CaseFileAccess.PlanApprovers.Any(user.Roles.Contains);

    public static readonly string EditorsOnly =
        $"Chỉ {Roles.Labels[Roles.Clerk].ToLowerInvariant()}, lãnh đạo hoặc quản trị của đơn vị mới được lập và sửa danh mục hồ sơ.";

    public static string Frozen(int year) =>
        $"Danh mục hồ sơ năm {year} đã được phê duyệt nên không sửa được; lãnh đạo cần mở lại danh mục trước khi sửa.";
}
