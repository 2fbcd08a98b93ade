using EdocMan.Search.Api.Features.Handling;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EdocMan.Search.Api.Web.Pages.Workspace;

/// <summary>
/// Receives the forms of the document page's handling panel and runs the API's handlers with them, then
/// goes back to the document with the outcome (or the API's Vietnamese reason) in TempData.
/// </summary>
public sealed class HandlingActionsModel(EdocManDbContext db, ISearchIndex index, TimeProvider time) : AgencyPageModel
{
    private const int CoHandlerRows = 3;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty] public long AssignmentId { get; set; }
    [BindProperty] public string? Lead { get; set; }
    [BindProperty] public DateOnly? LeadDeadline { get; set; }
    [BindProperty] public string? Instruction { get; set; }
    [BindProperty] public List<string?> CoHandler { get; set; } = [];
    [BindProperty] public List<DateOnly?> CoDeadline { get; set; } = [];
    [BindProperty] public string? Person { get; set; }
    [BindProperty] public DateOnly? Deadline { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Result { get; set; }
    [BindProperty] public Guid? ReplyDocumentId { get; set; }

    public IActionResult OnGet() => Back();

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken ct)
    {
        var assignees = new List<AssigneeRequest>();
        if (!string.IsNullOrEmpty(Lead))
        {
            assignees.Add(Assignee("Lead", Lead, LeadDeadline, Instruction));
        }
        for (var i = 0; i < Math.Min(CoHandler.Count, CoHandlerRows); i++)
        {
            if (!string.IsNullOrEmpty(CoHandler[i]))
            {
                assignees.Add(Assignee("CoHandler", CoHandler[i]!, i < CoDeadline.Count ? CoDeadline[i] : null, Instruction));
            }
        }
        var result = await AssignDocument.AssignAsync(Id, new AssignRequest([.. assignees]), HttpContext, db, index, time, ct);
        return Outcome(result.Result, "Đã phân công xử lý văn bản.");
    }

    public async Task<IActionResult> OnPostReassignAsync(CancellationToken ct)
    {
        var request = new AssignRequest([new AssigneeRequest(null, null, Person, Deadline, Instruction)]);
        var result = await AssignDocument.ReassignAsync(AssignmentId, request, HttpContext, db, index, time, ct);
        return Outcome(result.Result, "Đã giao việc cho cá nhân trong đơn vị.");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) =>
        Outcome((await AssignDocument.WithdrawAsync(AssignmentId, HttpContext, db, index, time, ct)).Result, "Đã thu hồi phân công.");

    public async Task<IActionResult> OnPostNoteAsync(CancellationToken ct) =>
        Outcome((await RecordProgress.NoteAsync(AssignmentId, new NoteRequest(Text), HttpContext, db, time, ct)).Result, "Đã ghi ý kiến xử lý.");

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct) =>
        Outcome((await RecordProgress.StartAsync(AssignmentId, HttpContext, db, time, ct)).Result, "Đã chuyển sang đang xử lý.");

    public async Task<IActionResult> OnPostDoneAsync(CancellationToken ct) =>
        Outcome((await RecordProgress.DoneAsync(AssignmentId, new DoneRequest(Result, ReplyDocumentId), HttpContext, db, time, ct)).Result,
            "Đã hoàn thành xử lý.");

    /// <summary>A form value "unit:BCVT" or "user:quangpv".</summary>
    private static AssigneeRequest Assignee(string role, string value, DateOnly? deadline, string? instruction)
    {
        var unit = value.StartsWith("unit:", StringComparison.Ordinal) ? value[5..] : null;
        var user = value.StartsWith("user:", StringComparison.Ordinal) ? value[5..] : unit is null ? value : null;
        return new AssigneeRequest(role, unit, user, deadline, instruction);
    }

    private IActionResult Outcome(IResult result, string success)
    {
        var detail = result switch
        {
            Ok<HandlingSlipResponse> => null,
            ProblemHttpResult p => p.ProblemDetails.Detail,
            ValidationProblem v => v.ProblemDetails.Detail,
            _ => "Không thực hiện được yêu cầu.",
        };
        TempData[detail is null ? "HandlingMessage" : "HandlingError"] = detail ?? success;
        return Back();
    }

    private RedirectResult Back() => Redirect($"/{Agency.Code}/van-ban/{Id}#xu-ly");
}
