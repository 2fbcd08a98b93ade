using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.CaseFiles;

/// <summary>
/// Adding, editing and removing the lines of a plan that is not approved. The system numbers them:
/// a new line goes to the end of its heading, and the plan keeps the numbering it already shows.
/// </summary>
internal static class FilePlanItems
{
    private sealed record ValidItem(string HeadingName, string? HeadingCode, string Title, int? RetentionYears, int? ResponsibleId, string? Notes);

    public static async Task<Results<Created<FilePlanItemResponse>, ProblemHttpResult>> AddAsync(
        int year, FilePlanItemRequest? request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (plan, problem) = await FilePlanHandlers.ForEditAsync(year, http, db, ct);
        if (plan is null)
        {
            return problem!;
        }
        var (valid, invalid) = await ValidateAsync(request, http.Agency().Id, db, ct);
        if (valid is null)
        {
            return invalid!;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var items = await FilePlanStore.ItemsAsync(db, plan.Id, ct);
        var numbering = FilePlanStore.Numbering(items);
        var (order, code, headingProblem) = PlaceHeading(items, null, valid);
        if (headingProblem is not null)
        {
            return Problems.Of(400, headingProblem);
        }
        var item = new FilePlanItem
        {
            FilePlanId = plan.Id, Heading = FileCodes.HeadingLabel(order, valid.HeadingName), HeadingCode = code,
            Sequence = int.MaxValue, Code = "~" + Guid.NewGuid().ToString("N")[..12], Title = valid.Title,
            RetentionYears = valid.RetentionYears, ResponsibleAccountId = valid.ResponsibleId, Notes = valid.Notes,
        };
        db.FilePlanItems.Add(item);
        await db.SaveChangesAsync(ct);
        items.Add(item);
        if (await FilePlanStore.RenumberAsync(db, items, numbering, ct) is { } refused)
        {
            return Problems.Of(409, refused);
        }
        AuditTrail.Add(db, time, CurrentUser.From(http.User), CaseFileAuditActions.PlanChange, null, $"danh mục hồ sơ năm {year}: thêm {item.Code} {item.Title}");
        if (!await FilePlanStore.TrySaveAsync(db, tx, ct))
        {
            return Problems.Of(409, FilePlanStore.ChangedMeanwhile);
        }
        return TypedResults.Created($"/{http.Agency().Code}/api/file-plans/{year}", await ItemResponseAsync(db, plan, item.Id, http, ct));
    }

    public static async Task<Results<Ok<FilePlanItemResponse>, ProblemHttpResult>> UpdateAsync(
        int year, int itemId, FilePlanItemRequest? request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (plan, problem) = await FilePlanHandlers.ForEditAsync(year, http, db, ct);
        if (plan is null)
        {
            return problem!;
        }
        var (valid, invalid) = await ValidateAsync(request, http.Agency().Id, db, ct);
        if (valid is null)
        {
            return invalid!;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var items = await FilePlanStore.ItemsAsync(db, plan.Id, ct);
        if (items.SingleOrDefault(i => i.Id == itemId) is not { } item)
        {
            return Problems.Of(404, "Không tìm thấy dòng này trong danh mục hồ sơ.");
        }
        var numbering = FilePlanStore.Numbering(items);
        var (order, code, headingProblem) = PlaceHeading(items, item, valid);
        if (headingProblem is not null)
        {
            return Problems.Of(400, headingProblem);
        }
        if (order != FileCodes.ParseHeading(item.Heading).Order)
        {
            // Moved to another heading: it goes to the end of that heading.
            item.Sequence = int.MaxValue;
        }
        item.Heading = FileCodes.HeadingLabel(order, valid.HeadingName);
        item.HeadingCode = code;
        item.Title = valid.Title;
        item.RetentionYears = valid.RetentionYears;
        item.ResponsibleAccountId = valid.ResponsibleId;
        item.Notes = valid.Notes;
        if (await FilePlanStore.RenumberAsync(db, items, numbering, ct) is { } refused)
        {
            return Problems.Of(409, refused);
        }
        AuditTrail.Add(db, time, CurrentUser.From(http.User), CaseFileAuditActions.PlanChange, null, $"danh mục hồ sơ năm {year}: sửa {item.Code} {item.Title}");
        if (!await FilePlanStore.TrySaveAsync(db, tx, ct))
        {
            return Problems.Of(409, FilePlanStore.ChangedMeanwhile);
        }
        return TypedResults.Ok(await ItemResponseAsync(db, plan, item.Id, http, ct));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        int year, int itemId, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (plan, problem) = await FilePlanHandlers.ForEditAsync(year, http, db, ct);
        if (plan is null)
        {
            return problem!;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var items = await FilePlanStore.ItemsAsync(db, plan.Id, ct);
        if (items.SingleOrDefault(i => i.Id == itemId) is not { } item)
        {
            return Problems.Of(404, "Không tìm thấy dòng này trong danh mục hồ sơ.");
        }
        if (await db.CaseFiles.AnyAsync(f => f.FilePlanItemId == itemId, ct))
        {
            return Problems.Of(409, $"Không xóa được dòng {item.Code}: hồ sơ đã được mở từ dòng này.");
        }
        var numbering = FilePlanStore.Numbering(items);
        db.FilePlanItems.Remove(item);
        items.Remove(item);
        await db.SaveChangesAsync(ct);
        if (await FilePlanStore.RenumberAsync(db, items, numbering, ct) is { } refused)
        {
            return Problems.Of(409, refused);
        }
        AuditTrail.Add(db, time, CurrentUser.From(http.User), CaseFileAuditActions.PlanChange, null, $"danh mục hồ sơ năm {year}: xóa {item.Code} {item.Title}");
        if (!await FilePlanStore.TrySaveAsync(db, tx, ct))
        {
            return Problems.Of(409, FilePlanStore.ChangedMeanwhile);
        }
        return TypedResults.NoContent();
    }

    /// <summary>
    /// The heading the line belongs to (an existing one with the same name, compared without diacritics, or a
    /// new one numbered after the last) and its abbreviation; a message when the abbreviation clashes.
    /// </summary>
    private static (int Order, string Code, string? Problem) PlaceHeading(List<FilePlanItem> items, FilePlanItem? self, ValidItem valid)
    {
        var others = items.Where(i => i != self).ToList();
        var name = UsernameGenerator.Fold(valid.HeadingName);
        var same = others.FirstOrDefault(i => UsernameGenerator.Fold(FileCodes.ParseHeading(i.Heading).Name) == name);
        if (same is not null)
        {
            return valid.HeadingCode is null || valid.HeadingCode == same.HeadingCode
                ? (FileCodes.ParseHeading(same.Heading).Order, same.HeadingCode, null)
                : (0, "", $"Đề mục “{valid.HeadingName}” đã dùng ký hiệu {same.HeadingCode}.");
        }
        if (valid.HeadingCode is null)
        {
            return (0, "", "Đề mục mới cần có ký hiệu viết tắt (ví dụ TCCB) để đánh số, ký hiệu hồ sơ.");
        }
        if (others.FirstOrDefault(i => i.HeadingCode == valid.HeadingCode) is { } clash)
        {
            return (0, "", $"Ký hiệu {valid.HeadingCode} đã dùng cho đề mục “{FileCodes.ParseHeading(clash.Heading).Name}”.");
        }
        var own = self is null ? 0 : FileCodes.ParseHeading(self.Heading).Order;
        var last = others.Select(i => FileCodes.ParseHeading(i.Heading).Order).DefaultIfEmpty(0).Max();
        // A line renaming the only heading it is alone in keeps that heading's place.
        var keep = self is not null && others.All(i => FileCodes.ParseHeading(i.Heading).Order != own);
        return (keep ? own : last + 1, valid.HeadingCode, null);
    }

    private static async Task<(ValidItem? Item, ProblemHttpResult? Problem)> ValidateAsync(
        FilePlanItemRequest? request, int agencyId, EdocManDbContext db, CancellationToken ct)
    {
        var heading = request?.Heading?.Trim();
        if (string.IsNullOrEmpty(heading) || heading.Length > 180)
        {
            return (null, Problems.Of(400, "Hãy nhập tên đề mục (tối đa 180 ký tự), ví dụ “Tổ chức, cán bộ”."));
        }
        // A heading typed with its numeral ("II. Văn phòng") is read by its name: the system numbers headings.
        heading = FileCodes.ParseHeading(heading).Name;
        string? code = null;
        if (!string.IsNullOrWhiteSpace(request!.HeadingCode))
        {
            if (!FileCodes.IsValidHeadingCode(request.HeadingCode))
            {
                return (null, Problems.Of(400, "Ký hiệu đề mục gồm 1–10 chữ cái, chữ số hoặc dấu gạch ngang, ví dụ TCCB."));
            }
            code = FileCodes.NormalizeHeadingCode(request.HeadingCode);
        }
        var title = request.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 500)
        {
            return (null, Problems.Of(400, "Hãy nhập tiêu đề hồ sơ (tối đa 500 ký tự)."));
        }
        if (!RetentionPeriod.TryParse(request.Retention, out var years))
        {
            return (null, Problems.Of(400, RetentionPeriod.Invalid));
        }
        int? responsible = null;
        if (!string.IsNullOrWhiteSpace(request.Responsible))
        {
            var username = request.Responsible.Trim().ToLowerInvariant();
            responsible = await db.Accounts.Where(a => a.Username == username && a.AgencyId == agencyId).Select(a => (int?)a.Id).SingleOrDefaultAsync(ct);
            if (responsible is null)
            {
                return (null, Problems.Of(400, $"Không có tài khoản “{Short(username)}” trong đơn vị để giao lập hồ sơ."));
            }
        }
        var notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
        if (notes is { Length: > 500 })
        {
            return (null, Problems.Of(400, "Ghi chú tối đa 500 ký tự."));
        }
        return (new ValidItem(heading, code, title, years, responsible, notes), null);
    }

    private static async Task<FilePlanItemResponse> ItemResponseAsync(EdocManDbContext db, FilePlan plan, int itemId, HttpContext http, CancellationToken ct) =>
        (await FilePlanStore.ResponseAsync(db, plan, http.Agency().Code, ct)).Headings.SelectMany(h => h.Items).Single(i => i.Id == itemId);

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
