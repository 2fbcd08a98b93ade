using EdocMan.Search.Api.Features.Archive;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EdocMan.Search.Api.Web.Pages.Workspace;

/// <summary>
/// Lưu trữ: the archivist's page. Closed files overdue, near their deadline and due for the agency archive,
/// with counts; choosing files and creating a transfer; the transfers with their list, handover record and
/// package; and checking a package. Every action goes through the API's own handlers.
/// </summary>
public sealed class ArchiveModel(EdocManDbContext db, IDocumentStore store, TimeProvider time, ILoggerFactory loggers) : AgencyPageModel
{
    public DueFilesResponse? Due { get; private set; }

    public IReadOnlyList<TransferSummary> Transfers { get; private set; } = [];

    [BindProperty]
    public List<int> Selected { get; set; } = [];

    [BindProperty]
    public string? BatchName { get; set; }

    [BindProperty]
    public string? HandedOverBy { get; set; }

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public VerificationReport? Report { get; private set; }

    public IReadOnlyList<VerificationMismatch> Mismatches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task OnPostTransferAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return;
        }
        var result = await ArchiveTransfers.CreateAsync(new CreateTransferRequest(Selected, BatchName, HandedOverBy), HttpContext, db, store, time, loggers, ct);
        if (result.Result is Created<TransferResponse> { Value: { } transfer })
        {
            Message = $"Đã nộp lưu {transfer.FileCount} hồ sơ (đợt số {transfer.Id}: {transfer.BatchName}). Các hồ sơ này nay chỉ đọc.";
            Selected = [];
            BatchName = HandedOverBy = null;
            await LoadAsync(ct);
        }
        else
        {
            Error = (result.Result as ProblemHttpResult)?.ProblemDetails.Detail;
        }
    }

    public async Task OnPostVerifyAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return;
        }
        var result = await VerifyPackage.HandleAsync(Request, db, store, time, ct);
        if (result.Result is Ok<VerificationReport> { Value: { } report })
        {
            Report = report;
        }
        else if (result.Result is ProblemHttpResult problem)
        {
            Error = problem.ProblemDetails.Detail;
            Mismatches = problem.ProblemDetails.Extensions.TryGetValue("mismatches", out var list) && list is IReadOnlyList<VerificationMismatch> m ? m : [];
        }
    }

    /// <summary>Loads the lists; false (with the refusal shown) for someone who does not work the archive.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var due = await DueFiles.HandleAsync(HttpContext, db, time, ct);
        if (due.Result is ProblemHttpResult problem)
        {
            Error = problem.ProblemDetails.Detail;
            HttpContext.Response.StatusCode = problem.StatusCode;
            return false;
        }
        Due = (due.Result as Ok<DueFilesResponse>)!.Value;
        Transfers = ((await ArchiveTransfers.ListAsync(HttpContext, db, ct)).Result as Ok<IReadOnlyList<TransferSummary>>)?.Value ?? [];
        return true;
    }

    public static string Show(DateOnly date) => TransferPrint.Day(date);

    public static string DaysLeft(DueFile file) => file.DaysLeft switch
    {
        < 0 => $"quá hạn {-file.DaysLeft} ngày",
        0 => "hết hạn hôm nay",
        _ => $"còn {file.DaysLeft} ngày",
    };
}
