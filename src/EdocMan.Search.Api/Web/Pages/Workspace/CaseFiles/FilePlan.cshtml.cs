using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Features.CaseFiles;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Mvc;
using static EdocMan.Search.Api.Web.Pages.Workspace.CaseFiles.CaseFilePageResults;

namespace EdocMan.Search.Api.Web.Pages.Workspace.CaseFiles;

/// <summary>
/// Danh mục hồ sơ: the year's plan by heading, the form to add lines while it is a draft, approval and reopening
/// for the head, the printed plan, and opening a case file from an approved line. Calls the API's handlers.
/// </summary>
public sealed class FilePlanModel(EdocManDbContext db, TimeProvider time) : AgencyPageModel
{
    [BindProperty(SupportsGet = true, Name = "nam")]
    public int? YearQuery { get; set; }

    public int Year => YearQuery ?? CaseFileDates.Today(time).Year;

    public FilePlanResponse? Plan { get; private set; }

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public bool CanEdit { get; private set; }

    public bool CanApprove { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task OnPostCreateAsync(CancellationToken ct) =>
        await AfterAsync((await FilePlanHandlers.CreateAsync(new CreateFilePlanRequest(Year), HttpContext, db, time, ct)).Result,
            $"Đã lập danh mục hồ sơ năm {Year}.", ct);

    public async Task OnPostAddLineAsync(string? heading, string? headingCode, string? title, string? retention, string? responsible, CancellationToken ct)
    {
        var result = (await FilePlanItems.AddAsync(Year, new FilePlanItemRequest(heading, headingCode, title, retention, responsible, null), HttpContext, db, time, ct)).Result;
        await AfterAsync(result, $"Đã thêm hồ sơ {Value<FilePlanItemResponse>(result)?.Code}.", ct);
    }

    public async Task OnPostRemoveAsync(int itemId, CancellationToken ct) =>
        await AfterAsync((await FilePlanItems.RemoveAsync(Year, itemId, HttpContext, db, time, ct)).Result, "Đã xóa dòng khỏi danh mục.", ct);

    public async Task OnPostRenumberAsync(string? numbering, CancellationToken ct) =>
        await AfterAsync((await FilePlanHandlers.RenumberAsync(Year, new RenumberFilePlanRequest(numbering), HttpContext, db, time, ct)).Result, "Đã đánh số lại.", ct);

    public async Task OnPostApproveAsync(CancellationToken ct) =>
        await AfterAsync((await FilePlanHandlers.ApproveAsync(Year, HttpContext, db, time, ct)).Result, $"Đã phê duyệt danh mục hồ sơ năm {Year}.", ct);

    public async Task OnPostReopenAsync(CancellationToken ct) =>
        await AfterAsync((await FilePlanHandlers.ReopenAsync(Year, HttpContext, db, time, ct)).Result, "Đã mở lại danh mục để sửa.", ct);

    public async Task<IActionResult> OnPostOpenFileAsync(int itemId, DateOnly? startDate, CancellationToken ct)
    {
        var result = (await CaseFileHandlers.OpenAsync(new OpenCaseFileRequest(itemId, null, null, null, startDate, null, null), HttpContext, db, time, ct)).Result;
        if (Value<CaseFileDetailResponse>(result) is { } opened)
        {
            return Redirect($"/{Agency.Code}/ho-so/{opened.File.Id}");
        }
        Error = Problem(result);
        await LoadAsync(ct);
        return Page();
    }

    private async Task AfterAsync(IResult result, string message, CancellationToken ct)
    {
        Error = Problem(result);
        Message = Error is null ? message : null;
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Plan = Value<FilePlanResponse>((await FilePlanHandlers.GetAsync(Year, HttpContext, db, ct)).Result);
        var user = CurrentUser.From(User)!;
        CanEdit = FilePlanStore.CanEdit(user, Agency.Id);
        CanApprove = FilePlanStore.CanApprove(user, Agency.Id);
    }
}
