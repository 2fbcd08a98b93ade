using System.Globalization;
using EdocMan.Search.Api.Features.Registers;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Web.Pages.Workspace;

/// <summary>
/// One day of a register (Sổ đăng ký văn bản đến / đi / nội bộ) with every Annex IV column, and the
/// clerk's two daily acts: print it (In sổ) and close it (Khóa sổ). Uses the API's handlers.
/// </summary>
public sealed class RegisterModel(EdocManDbContext db, TimeProvider time) : AgencyPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = "den";

    [BindProperty(SupportsGet = true, Name = "ngay")]
    public DateOnly? Day { get; set; }

    public IReadOnlyList<RegisterEntryResponse> Entries { get; private set; } = [];

    public bool Closed { get; private set; }

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public DateOnly Date => Day ?? RegisterRoutes.Today(time);

    public bool Incoming => Kind == "den";

    public string Title => Kind switch
    {
        "den" => "Sổ đăng ký văn bản đến",
        "di" => "Sổ đăng ký văn bản đi",
        _ => "Sổ văn bản nội bộ",
    };

    public string PdfUrl => $"/{Agency.Code}/api/registers/{Kind}/days/{Date:yyyy-MM-dd}/pdf";

    public async Task OnGetAsync(string? saved, CancellationToken ct)
    {
        Message = saved is null ? null : $"Đã vào sổ: số {saved}.";
        await LoadAsync(ct);
    }

    public async Task OnPostCloseAsync(CancellationToken ct)
    {
        var result = await DailyRegister.CloseAsync(Kind, Date, HttpContext, db, time, ct);
        if (result.Result is Ok<RegisterDayResponse> { Value: { } day })
        {
            Message = $"Đã khóa sổ ngày {day.Day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} ({day.Entries} văn bản).";
        }
        else
        {
            Error = (result.Result as ProblemHttpResult)?.ProblemDetails.Detail;
        }
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var result = await ListRegisterEntries.HandleAsync(Kind, Date, null, HttpContext, db, time, ct);
        if (result.Result is Ok<RegisterPageResponse> { Value: { } page })
        {
            Entries = page.Entries;
        }
        else
        {
            Error ??= (result.Result as ProblemHttpResult)?.ProblemDetails.Detail;
        }
        var kind = RegisterRoutes.Parse(Kind);
        Closed = kind is not null && await db.RegisterDays.AnyAsync(d => d.AgencyId == Agency.Id && d.Kind == kind && d.Day == Date, ct);
    }

    public static string Show(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string TypeAndSummary(RegisterEntryResponse e) =>
        string.IsNullOrEmpty(e.DocumentType) ? e.Summary : $"{e.DocumentType}: {e.Summary}";
}
