using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Features.Accounts;
using EdocMan.Search.Api.Features.Handling;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EdocMan.Search.Api.Web.Pages.Workspace;

/// <summary>
/// Phòng, ban: the agency administrator (or the system admin) lists the agency's units with their head and
/// members, adds a unit, renames it, names its head, chooses its members, and deletes an unused one.
/// Every change goes through <see cref="ManageUnits"/>, the handler of <c>PUT|DELETE /{agency}/api/units/{code}</c>,
/// so the page shows the API's own refusals (a unit that holds assignments, an unknown account).
/// </summary>
public sealed class UnitsModel(EdocManDbContext db, ISearchIndex index, TimeProvider time) : AgencyPageModel
{
    public IReadOnlyList<UnitResponse> Units { get; private set; } = [];

    /// <summary>The agency's active accounts: the choices for head and members.</summary>
    public IReadOnlyList<AccountResponse> Accounts { get; private set; } = [];

    /// <summary>The unit each member belongs to, by username, to say where a member would move from.</summary>
    public IReadOnlyDictionary<string, UnitResponse> UnitOf { get; private set; } = new Dictionary<string, UnitResponse>();

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Head { get; set; }

    [BindProperty]
    public string[] Members { get; set; } = [];

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    /// <summary>Set when the signed-in user does not administer this agency; the page shows only the refusal.</summary>
    public string? Refused { get; private set; }

    /// <summary>The unit whose edit form stays open after a refused change, so the entries are not lost.</summary>
    public string? OpenUnit { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task OnPostCreateAsync(CancellationToken ct)
    {
        // PUT creates or replaces: without this check, "add" with an existing code would silently overwrite that unit.
        var code = Code?.Trim().ToUpperInvariant() ?? string.Empty;
        var existing = (await ListUnits.HandleAsync(HttpContext, db, ct)).Value?.FirstOrDefault(u => u.Code == code);
        if (existing is not null)
        {
            Fail(400, $"Mã đơn vị “{code}” đã dùng cho {existing.Name}; hãy chọn mã khác hoặc sửa đơn vị đó.");
        }
        else
        {
            await SaveAsync(code, "Đã thêm đơn vị", ct);
        }
        await LoadAsync(ct);
    }

    public async Task OnPostSaveAsync(CancellationToken ct)
    {
        var code = Code?.Trim().ToUpperInvariant() ?? string.Empty;
        await SaveAsync(code, "Đã lưu đơn vị", ct);
        OpenUnit = Error is null ? null : code;
        await LoadAsync(ct);
    }

    public async Task OnPostDeleteAsync(CancellationToken ct)
    {
        var code = Code?.Trim() ?? string.Empty;
        var result = await ManageUnits.DeleteAsync(code, HttpContext, db, time, ct);
        if (result.Result is ProblemHttpResult problem)
        {
            Fail(problem.StatusCode, problem.ProblemDetails.Detail);
        }
        else
        {
            Message = $"Đã xóa đơn vị {code.ToUpperInvariant()}; các thành viên không còn thuộc đơn vị nào.";
        }
        await LoadAsync(ct);
    }

    private async Task SaveAsync(string code, string done, CancellationToken ct)
    {
        var head = string.IsNullOrWhiteSpace(Head) ? null : Head;
        var result = await ManageUnits.PutAsync(code, new UnitRequest(Name, head, Members), HttpContext, db, index, time, ct);
        switch (result.Result)
        {
            case Ok<UnitResponse> { Value: { } unit }:
                Message = $"{done} {unit.Code} – {unit.Name}" + (unit.Head is { } h ? $", trưởng đơn vị {h.FullName}." : ".");
                break;
            case ProblemHttpResult problem:
                Fail(problem.StatusCode, problem.ProblemDetails.Detail);
                break;
        }
    }

    private void Fail(int status, string? detail)
    {
        Error = detail;
        Response.StatusCode = status;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var user = CurrentUser.From(User)!;
        if (!AccountAdministration.Manages(user, Agency.Id))
        {
            Refused = "Trang phòng, ban dành cho quản trị đơn vị của cơ quan này và quản trị hệ thống.";
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        Units = (await ListUnits.HandleAsync(HttpContext, db, ct)).Value ?? [];
        UnitOf = Units.SelectMany(u => u.Members.Select(m => (m.Username, Unit: u))).ToDictionary(p => p.Username, p => p.Unit);
        var accounts = await AccountHandlers.ListAsync(Agency.Code, HttpContext, db, ct);
        Accounts = ((accounts.Result as Ok<List<AccountResponse>>)?.Value ?? []).Where(a => !a.Disabled).OrderBy(a => a.FullName).ToList();
    }
}
