using EdocMan.Search.Api.Features.Administration;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Registers;

/// <summary>A document type as the API shows and edits it.</summary>
public sealed record DocumentTypeDto(string Code, string Name, string? Abbreviation, int SortOrder, bool Active);

/// <summary>The document types as editable reference data.</summary>
internal static class DocumentTypes
{
    public static async Task<Ok<List<DocumentTypeDto>>> ListAsync(EdocManDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.DocumentTypes.AsNoTracking().OrderBy(t => t.SortOrder)
            .Select(t => new DocumentTypeDto(t.Code, t.Name, t.Abbreviation, t.SortOrder, t.Active)).ToListAsync(ct));

    public static async Task<Results<Ok<DocumentTypeDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string code, DocumentTypeDto body, HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var (admin, denied) = AdminAccess.Check(http);
        if (admin is not { IsSystemAdmin: true })
        {
            return denied ?? Problems.Of(403, "Chỉ quản trị hệ thống mới được sửa danh mục loại văn bản.");
        }
        var errors = new Dictionary<string, string[]>();
        if (code.Trim().Length is 0 or > 10)
        {
            errors["code"] = ["Mã loại văn bản dài 1 đến 10 ký tự."];
        }
        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 100)
        {
            errors["name"] = ["Tên loại văn bản không được để trống và dài tối đa 100 ký tự."];
        }
        if (body.Abbreviation is { } abbreviation && (abbreviation.Length is 0 or > 10 || abbreviation.Any(char.IsWhiteSpace)))
        {
            errors["abbreviation"] = ["Chữ viết tắt dài 1 đến 10 ký tự, không có khoảng trắng."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, detail: "Loại văn bản chưa hợp lệ.", title: "Yêu cầu không hợp lệ");
        }
        var type = await db.DocumentTypes.SingleOrDefaultAsync(t => t.Code == code, ct);
        if (type is null)
        {
            type = new DocumentTypeInfo { Code = code.Trim(), Name = body.Name };
            db.DocumentTypes.Add(type);
        }
        type.Name = body.Name.Trim();
        type.Abbreviation = body.Abbreviation;
        type.SortOrder = body.SortOrder;
        type.Active = body.Active;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new DocumentTypeDto(type.Code, type.Name, type.Abbreviation, type.SortOrder, type.Active));
    }
}
