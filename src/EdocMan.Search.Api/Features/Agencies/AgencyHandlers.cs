using System.Text.RegularExpressions;
using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Api.Features.Administration;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Audit;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Agencies;

/// <summary>An agency as the API shows it.</summary>
public sealed record AgencyResponse(int Id, string Code, string Name, string? Symbol, string? OrganisationCode, bool OutgoingSeriesPerType);

/// <summary>A former name of an agency, used until <paramref name="ValidTo"/>.</summary>
public sealed record AgencyFormerNameResponse(string Name, string? Symbol, DateOnly ValidTo);

/// <summary>
/// A new agency, or changes to one. <paramref name="Code"/> is optional: by default it is made from the
/// name by the regulation's rule.
/// </summary>
public sealed record AgencyRequest(string? Name, string? Symbol, string? OrganisationCode, string? Code, bool OutgoingSeriesPerType = false);

/// <summary>Agencies: everyone may list them (to send and share); only the system admin creates and edits them.</summary>
internal static partial class AgencyHandlers
{
    public static async Task<Ok<List<AgencyResponse>>> ListAsync(EdocManDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Agencies.AsNoTracking().OrderBy(a => a.Name).ToListAsync(ct)).Select(Describe).ToList());

    public static async Task<Results<Created<AgencyResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        AgencyRequest request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (admin, denied) = AdminAccess.Check(http);
        if (admin is not { IsSystemAdmin: true })
        {
            return denied ?? Problems.Of(403, "Chỉ quản trị hệ thống mới được thêm cơ quan, đơn vị.");
        }
        var taken = (await db.Agencies.AsNoTracking().Select(a => a.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var errors = Validate(request);
        var code = request.Code?.Trim().ToLowerInvariant();
        if (code is not null && taken.Contains(code))
        {
            errors["code"] = [$"Mã “{code}” đã được dùng cho đơn vị khác."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, detail: "Thông tin cơ quan, đơn vị chưa hợp lệ.", title: "Yêu cầu không hợp lệ");
        }
        var agency = new Agency
        {
            Code = code ?? AgencyCodeGenerator.Generate(request.Name!, taken.Contains), Name = request.Name!.Trim(),
            Symbol = request.Symbol?.Trim(), OrganisationCode = request.OrganisationCode?.Trim(), OutgoingSeriesPerType = request.OutgoingSeriesPerType,
        };
        db.Agencies.Add(agency);
        AuditTrail.Add(db, time, admin, AuditActions.AgencyChange, null, $"thêm đơn vị {agency.Code}: {agency.Name}");
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/agencies/{agency.Code}", Describe(agency));
    }

    public static async Task<Results<Ok<AgencyResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string code, AgencyRequest request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (admin, denied) = AdminAccess.Check(http);
        if (admin is not { IsSystemAdmin: true })
        {
            return denied ?? Problems.Of(403, "Chỉ quản trị hệ thống mới được sửa cơ quan, đơn vị.");
        }
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Code == code.ToLowerInvariant(), ct);
        if (agency is null)
        {
            return Problems.Of(404, $"Không tìm thấy cơ quan, đơn vị có mã “{code}”.");
        }
        var errors = Validate(request);
        if (request.Code is not null && request.Code.Trim().ToLowerInvariant() != agency.Code)
        {
            // The code is in every link and bookmark; a rename keeps it.
            errors["code"] = ["Không đổi được mã đường dẫn của đơn vị đã có."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, detail: "Thông tin cơ quan, đơn vị chưa hợp lệ.", title: "Yêu cầu không hợp lệ");
        }
        AuditTrail.Add(db, time, admin, AuditActions.AgencyChange, null, $"sửa đơn vị {agency.Code}: {agency.Name} → {request.Name}", agency.Id);
        if (agency.Name != request.Name!.Trim() || agency.Symbol != request.Symbol?.Trim())
        {
            // A rename keeps the old name and symbol, dated: documents issued under them still refer to them.
            db.AgencyFormerNames.Add(new AgencyFormerName
            {
                AgencyId = agency.Id, Name = agency.Name, Symbol = agency.Symbol, ValidTo = Registers.RegisterRoutes.Today(time),
            });
        }
        agency.Name = request.Name!.Trim();
        agency.Symbol = request.Symbol?.Trim();
        agency.OrganisationCode = request.OrganisationCode?.Trim();
        agency.OutgoingSeriesPerType = request.OutgoingSeriesPerType;
        await db.SaveChangesAsync(ct);
        http.RequestServices.GetRequiredService<AgencyRouteCache>().Invalidate(agency.Code);
        return TypedResults.Ok(Describe(agency));
    }

    public static async Task<Results<Ok<List<AgencyFormerNameResponse>>, ProblemHttpResult>> HistoryAsync(
        string code, EdocManDbContext db, CancellationToken ct)
    {
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code.ToLowerInvariant(), ct);
        if (agency is null)
        {
            return Problems.Of(404, $"Không tìm thấy cơ quan, đơn vị có mã “{code}”.");
        }
        var names = await db.AgencyFormerNames.AsNoTracking().Where(n => n.AgencyId == agency.Id)
            .OrderByDescending(n => n.ValidTo).ThenByDescending(n => n.Id)
            .Select(n => new AgencyFormerNameResponse(n.Name, n.Symbol, n.ValidTo)).ToListAsync(ct);
        return TypedResults.Ok(names);
    }

    private static Dictionary<string, string[]> Validate(AgencyRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Length > 200)
        {
            errors["name"] = ["Hãy nhập tên cơ quan, đơn vị (tối đa 200 ký tự)."];
        }
        if (r.Symbol is { } symbol && (symbol.Trim().Length is 0 or > 20 || symbol.Trim().Any(char.IsWhiteSpace)))
        {
            errors["symbol"] = ["Chữ viết tắt trong ký hiệu văn bản dài 1 đến 20 ký tự, không có khoảng trắng (ví dụ SGTVT)."];
        }
        if (r.OrganisationCode is { } org && !OrganisationCodePattern().IsMatch(org.Trim()))
        {
            errors["organisationCode"] = ["Mã định danh theo QCVN 102:2016 có dạng 000.00.00.H49."];
        }
        if (r.Code is { } code && !CodePattern().IsMatch(code.Trim().ToLowerInvariant()))
        {
            errors["code"] = ["Mã đường dẫn chỉ gồm chữ thường không dấu và chữ số, 2 đến 32 ký tự."];
        }
        return errors;
    }

    private static AgencyResponse Describe(Agency a) => new(a.Id, a.Code, a.Name, a.Symbol, a.OrganisationCode, a.OutgoingSeriesPerType);

    [GeneratedRegex(@"^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9]{2}$")]
    private static partial Regex OrganisationCodePattern();

    [GeneratedRegex("^[a-z0-9]{2,32}$")]
    private static partial Regex CodePattern();
}
