using EdocMan.Search.Api.Features.Agencies;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EdocMan.Search.Api.Web.Pages.Workspace;

/// <summary>
/// Cơ quan, đơn vị: the system administrator lists the province's agencies with their units, accounts and
/// documents, adds an agency (its path code made by the regulation's rule unless given) and edits one.
/// The list, create and edit are the API's handlers (<c>/api/admin/agencies</c>); only the system admin
/// passes them, and this page shows their refusal to anyone else.
/// </summary>
/// <remarks>
/// It lives under <c>/{agency}/</c> like every page, so the layout, sign-in and password checks are the
/// same; the agency in the path is only where the admin came from, the list is the whole province's.
/// </remarks>
public sealed class AgenciesModel(EdocManDbContext db, TimeProvider time) : AgencyPageModel
{
    public IReadOnlyList<AgencyOverviewResponse> Items { get; private set; } = [];

    [BindProperty]
    public AgencyForm Input { get; set; } = new();

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The API's field messages for the form just posted.</summary>
    public IReadOnlyList<string> FieldErrors { get; private set; } = [];

    /// <summary>Which form failed: "new" or an agency's code, so it reopens with what was typed.</summary>
    public string? FailedForm { get; private set; }

    public string? Refused { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task OnPostCreateAsync(CancellationToken ct)
    {
        var result = await AgencyHandlers.CreateAsync(Input.ToRequest(code: Input.Code), HttpContext, db, time, ct);
        switch (result.Result)
        {
            case Created<AgencyResponse> { Value: { } agency }:
                Message = $"Đã thêm {agency.Name}, mã đường dẫn “{agency.Code}”.";
                Input = new AgencyForm();
                break;
            case ValidationProblem invalid:
                Fail("new", 400, invalid.ProblemDetails.Detail, invalid.ProblemDetails.Errors.SelectMany(e => e.Value));
                break;
            case ProblemHttpResult problem:
                Fail("new", problem.StatusCode, problem.ProblemDetails.Detail, []);
                break;
        }
        await LoadAsync(ct);
    }

    public async Task OnPostUpdateAsync(CancellationToken ct)
    {
        var code = Input.Code ?? string.Empty;
        // The code is the key here, never a change: the API refuses to change it.
        var result = await AgencyHandlers.UpdateAsync(code, Input.ToRequest(code: null), HttpContext, db, time, ct);
        switch (result.Result)
        {
            case Ok<AgencyResponse> { Value: { } agency }:
                Message = $"Đã lưu {agency.Name} ({agency.Code}).";
                break;
            case ValidationProblem invalid:
                Fail(code, 400, invalid.ProblemDetails.Detail, invalid.ProblemDetails.Errors.SelectMany(e => e.Value));
                break;
            case ProblemHttpResult problem:
                Fail(code, problem.StatusCode, problem.ProblemDetails.Detail, []);
                break;
        }
        await LoadAsync(ct);
    }

    /// <summary>The values a row's edit form shows: what was just typed if that form failed, else the stored ones.</summary>
    public AgencyForm FormFor(AgencyOverviewResponse a) => FailedForm == a.Code
        ? Input
        : new AgencyForm { Code = a.Code, Name = a.Name, Symbol = a.Symbol, OrganisationCode = a.OrganisationCode, SeriesPerType = a.OutgoingSeriesPerType };

    private void Fail(string form, int status, string? detail, IEnumerable<string> fields)
    {
        FailedForm = form;
        Error = detail;
        FieldErrors = fields.ToList();
        Response.StatusCode = status;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var result = await AgencyOverview.ListAsync(HttpContext, db, ct);
        switch (result.Result)
        {
            case Ok<List<AgencyOverviewResponse>> { Value: { } items }:
                Items = items;
                break;
            case ProblemHttpResult problem:
                Refused = problem.ProblemDetails.Detail;
                Response.StatusCode = problem.StatusCode;
                break;
        }
    }
}
