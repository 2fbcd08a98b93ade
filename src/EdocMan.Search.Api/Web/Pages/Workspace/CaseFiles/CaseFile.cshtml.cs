using EdocMan.Search.Api.Features.CaseFiles;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Mvc;
using static EdocMan.Search.Api.Web.Pages.Workspace.CaseFiles.CaseFilePageResults;

namespace EdocMan.Search.Api.Web.Pages.Workspace.CaseFiles;

/// <summary>
/// One case file: its details, its document list (mục lục văn bản) in date order with hidden lines for what the
/// official may not see, and the owner's acts: remove a document, close (kết thúc), reopen, share.
/// </summary>
public sealed class CaseFileModel(EdocManDbContext db, TimeProvider time) : AgencyPageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public CaseFileDetailResponse? Detail { get; private set; }

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public DateOnly Today => CaseFileDates.Today(time);

    public async Task OnGetAsync([FromQuery(Name = "da-them")] Guid? added, CancellationToken ct)
    {
        Message = added is null ? null : "Đã thêm văn bản vào hồ sơ.";
        await LoadAsync(ct);
    }

    public async Task OnPostCloseAsync(DateOnly? endDate, string? retention, CancellationToken ct) =>
        await AfterAsync((await CaseFileLifecycle.CloseAsync(Id, new CloseCaseFileRequest(endDate, retention), HttpContext, db, time, ct)).Result, "Đã kết thúc hồ sơ.", ct);

    public async Task OnPostReopenAsync(CancellationToken ct) =>
        await AfterAsync((await CaseFileLifecycle.ReopenAsync(Id, HttpContext, db, time, ct)).Result, "Đã mở lại hồ sơ.", ct);

    public async Task OnPostRemoveAsync(Guid documentId, CancellationToken ct) =>
        await AfterAsync((await CaseFileDocuments.RemoveAsync(Id, documentId, HttpContext, db, time, ct)).Result, "Đã bỏ văn bản khỏi hồ sơ.", ct);

    public async Task OnPostShareAsync(string? users, string? agencies, CancellationToken ct) =>
        await AfterAsync((await CaseFileSharing.SetAsync(Id, new CaseFileSharesRequest(Split(users), Split(agencies)), HttpContext, db, time, ct)).Result,
            "Đã cập nhật chia sẻ hồ sơ.", ct);

    private async Task AfterAsync(IResult result, string message, CancellationToken ct)
    {
        Error = Problem(result);
        Message = Error is null ? message : null;
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var result = (await CaseFileHandlers.GetAsync(Id, HttpContext, db, ct)).Result;
        Detail = Value<CaseFileDetailResponse>(result);
        if (Detail is null)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private static string[] Split(string? list) =>
        (list ?? "").Split([',', ';', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Show(DateOnly? date) => CaseFileDates.Show(date);
}
