using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Data;
using EdocMan.Search.Printing.Tables;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.CaseFiles;

/// <summary>
/// The printed file plan (Decree 30/2020, Annex V, "Danh mục hồ sơ"): headings with their Roman numerals as
/// rows of their own, then each line's số và ký hiệu, tiêu đề, thời hạn bảo quản, người lập hồ sơ and ghi chú,
/// and the summary of how many files are kept permanently and for a fixed term.
/// </summary>
internal static class FilePlanPrint
{
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PrintAsync(
        int year, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var agency = http.Agency();
        if (FilePlanStore.CheckReader(CurrentUser.From(http.User)!, agency.Id) is { } denied)
        {
            return denied;
        }
        var plan = await db.FilePlans.AsNoTracking().SingleOrDefaultAsync(p => p.AgencyId == agency.Id && p.Year == year, ct);
        if (plan is null)
        {
            return Problems.Of(404, FilePlanStore.NoPlan(year));
        }
        var response = await FilePlanStore.ResponseAsync(db, plan, agency.Code, ct);
        var pdf = new TablePdfRenderer(time).Render(Build(agency.Name, response));
        return TypedResults.File(pdf, "application/pdf", $"danh-muc-ho-so-{agency.Code}-{year}.pdf");
    }

    public static TableDocument Build(string agencyName, FilePlanResponse plan)
    {
        TableColumn[] columns =
        [
            new("Số và ký hiệu hồ sơ", 12), new("Tên đề mục và tiêu đề hồ sơ", 42), new("Thời hạn bảo quản", 11),
            new("Đơn vị/người lập hồ sơ", 18), new("Ghi chú", 17),
        ];
        var rows = new List<IReadOnlyList<string>>();
        foreach (var heading in plan.Headings)
        {
            rows.Add(["", heading.Label.ToUpperInvariant(), "", "", ""]);
            rows.AddRange(heading.Items.Select(i => (IReadOnlyList<string>)
                [i.Code, i.Title, i.Retention, i.ResponsibleName ?? "", i.Notes ?? ""]));
        }
        var items = plan.Headings.SelectMany(h => h.Items).ToList();
        var permanent = items.Count(i => i.RetentionYears is null);
        string[] subtitles =
        [
            agencyName,
            plan.Approved
                ? $"Đã phê duyệt ngày {CaseFileDates.Show(DateOnly.FromDateTime(plan.ApprovedAt!.Value.UtcDateTime.AddHours(7)))}" + (plan.ApprovedBy is null ? "" : $" ({plan.ApprovedBy})")
                : "Dự thảo — chưa phê duyệt",
        ];
        string[] footer =
        [
            $"Danh mục hồ sơ năm {plan.Year} có {items.Count} hồ sơ, bao gồm: {permanent} hồ sơ bảo quản vĩnh viễn; {items.Count - permanent} hồ sơ bảo quản có thời hạn.",
            "THỦ TRƯỞNG CƠ QUAN, TỔ CHỨC",
            "(Ký, ghi rõ họ tên và đóng dấu)",
        ];
        return new TableDocument($"DANH MỤC HỒ SƠ NĂM {plan.Year}", subtitles, columns, rows, footer);
    }
}
