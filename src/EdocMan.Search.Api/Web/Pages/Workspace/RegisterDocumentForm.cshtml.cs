using EdocMan.Search.Api.Features.Registers;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Web.Pages.Workspace;

/// <summary>
/// Vào sổ văn bản: the registration form for an uploaded document, pre-filled by the API's proposal
/// (upload metadata, then what page 1 says), submitted through the API's own handler so numbering,
/// validation and the excluded-content rule are the same as for scripts.
/// </summary>
public sealed class RegisterDocumentFormModel(EdocManDbContext db, ISearchIndex index, TimeProvider time) : AgencyPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = "den";

    [BindProperty]
    public RegisterForm Form { get; set; } = new();

    public IReadOnlyList<DocumentTypeInfo> Types { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> FieldErrors { get; private set; } = new Dictionary<string, string[]>();

    public string? Error { get; private set; }

    public bool Incoming => Kind == "den";

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadTypesAsync(ct);
        var proposal = await ProposeRegistration.HandleAsync(Kind, Id, HttpContext, db, ct);
        if (proposal.Result is Ok<RegisterRequest> { Value: { } request })
        {
            Form = RegisterForm.From(request);
        }
        else
        {
            Error = (proposal.Result as ProblemHttpResult)?.ProblemDetails.Detail;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await RegisterDocument.HandleAsync(Kind, Form.ToRequest(Id), HttpContext, db, index, time, ct);
        switch (result.Result)
        {
            case Created<RegisteredResponse> { Value: { } created }:
                var entry = created.Entry;
                return Redirect($"/{Agency.Code}/so-van-ban/{Kind}?ngay={entry.RegisteredOn:yyyy-MM-dd}&saved=" +
                                Uri.EscapeDataString(entry.NumberSymbol ?? entry.Number.ToString("00")));
            case ValidationProblem invalid:
                FieldErrors = invalid.ProblemDetails.Errors.ToDictionary();
                Error = invalid.ProblemDetails.Detail;
                break;
            case ProblemHttpResult problem:
                Error = problem.ProblemDetails.Detail;
                break;
        }
        await LoadTypesAsync(ct);
        return Page();
    }

    /// <summary>The first message for a field, matched case-insensitively (the API names fields in camelCase).</summary>
    public string? ErrorFor(string field) =>
        FieldErrors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private async Task LoadTypesAsync(CancellationToken ct) =>
        Types = await db.DocumentTypes.AsNoTracking().Where(t => t.Active).OrderBy(t => t.SortOrder).ToListAsync(ct);
}

/// <summary>The form's fields; names match <see cref="RegisterRequest"/>.</summary>
public sealed class RegisterForm
{
    public bool ConfirmNotExcluded { get; set; }
    public string? DocumentType { get; set; }
    public string? Summary { get; set; }
    public string? NumberSymbol { get; set; }
    public DateOnly? DocumentDate { get; set; }
    public string? Issuer { get; set; }
    public string? Signer { get; set; }
    public string? Recipients { get; set; }
    public string? FileCopyHolder { get; set; }
    public int? Copies { get; set; }
    public string? ReceivedBy { get; set; }
    public DateOnly? TransferDate { get; set; }
    public Urgency Urgency { get; set; }
    public string? Notes { get; set; }
    public string? DraftingUnit { get; set; }
    public bool LegalNormative { get; set; }
    public ArrivalChannel? Arrival { get; set; }

    public static RegisterForm From(RegisterRequest r) => new()
    {
        DocumentType = r.DocumentType, Summary = r.Summary, NumberSymbol = r.NumberSymbol, DocumentDate = r.DocumentDate,
        Issuer = r.Issuer, Signer = r.Signer, Recipients = r.Recipients, FileCopyHolder = r.FileCopyHolder, Copies = r.Copies,
        ReceivedBy = r.ReceivedBy, TransferDate = r.TransferDate, Urgency = r.Urgency ?? Urgency.Normal, Notes = r.Notes,
        DraftingUnit = r.DraftingUnit, LegalNormative = r.LegalNormative, Arrival = r.Arrival,
    };

    public RegisterRequest ToRequest(Guid documentId) => new(
        documentId, ConfirmNotExcluded, DocumentType, Summary, NumberSymbol, DocumentDate, Issuer, Signer, Recipients,
        FileCopyHolder, Copies, ReceivedBy, TransferDate, Urgency, Notes, DraftingUnit, LegalNormative, Arrival);
}
