using System.Globalization;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Options;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.Api.Features.Documents;

/// <summary>
/// <c>POST /{agency}/api/documents</c>, multipart: <c>file</c> plus optional <c>title</c>, <c>number</c>,
/// <c>documentType</c>, <c>issuer</c>, <c>signer</c>, <c>documentDate</c> (yyyy-MM-dd or dd/MM/yyyy)
/// and <c>register</c> (den, di, noibo).
/// </summary>
internal static class UploadDocument
{
    public static async Task<Results<Accepted<DocumentResponse>, ProblemHttpResult>> HandleAsync(
        HttpRequest request, DocumentIntake intake, IOptions<StorageOptions> storage, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Problems.Of(400, "Hãy gửi tệp dưới dạng biểu mẫu multipart/form-data với trường “file”.");
        }
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null)
        {
            return Problems.Of(400, "Chưa chọn tệp để tải lên.");
        }
        if (file.Length == 0)
        {
            return Problems.Of(400, "Tệp rỗng (0 byte). Hãy kiểm tra lại tệp trước khi tải lên.");
        }
        var limit = storage.Value.MaxUploadBytes;
        if (file.Length > limit)
        {
            return Problems.Of(413, $"Tệp dung lượng {Megabytes(file.Length)} vượt quá giới hạn {Megabytes(limit)}.");
        }
        var (metadata, invalid) = ReadMetadata(form);
        if (invalid is not null)
        {
            return Problems.Of(400, invalid);
        }

        var agency = request.HttpContext.Agency();
        var user = CurrentUser.From(request.HttpContext.User);
        await using var content = file.OpenReadStream();
        var result = await intake.AcceptAsync(agency, content, SafeFileName(file.FileName), metadata!, user?.AccountId, ct);
        var basePath = $"/{agency.Code}/api/documents/";
        return result switch
        {
            IntakeResult.Accepted a => TypedResults.Accepted(basePath + a.Document.Id, DocumentResponse.From(a.Document, agency)),
            IntakeResult.Duplicate d => Problems.Of(409, "Văn bản này (cùng nội dung tệp) đã có trong sổ của đơn vị.",
                new Dictionary<string, object?> { ["existingId"] = d.ExistingId, ["existingUrl"] = basePath + d.ExistingId }),
            IntakeResult.Unreadable u => Problems.Of(422, u.Reason + " Tệp gốc vẫn được lưu lại.",
                new Dictionary<string, object?> { ["documentId"] = u.Document.Id, ["documentUrl"] = basePath + u.Document.Id }),
            IntakeResult.Refused r => Problems.Of(r.Status, r.Reason),
            _ => throw new InvalidOperationException("Unknown intake result."),
        };
    }

    private static (UploadMetadata? Metadata, string? Problem) ReadMetadata(IFormCollection form)
    {
        string? Field(string name, int max, out string? problem)
        {
            problem = null;
            var value = form[name].ToString().Trim();
            if (value.Any(char.IsControl))
            {
                value = new string(value.Where(c => !char.IsControl(c)).ToArray());
            }
            if (value.Length > max)
            {
                problem = $"Trường “{name}” dài quá {max} ký tự.";
            }
            return value.Length == 0 ? null : value;
        }

        var title = Field("title", 500, out var p1);
        var number = Field("number", 50, out var p2);
        var type = Field("documentType", 10, out var p3);
        var issuer = Field("issuer", 200, out var p4);
        var signer = Field("signer", 100, out var p5);
        var problem = p1 ?? p2 ?? p3 ?? p4 ?? p5;
        if (problem is not null)
        {
            return (null, problem);
        }
        DateOnly? date = null;
        var dateText = form["documentDate"].ToString().Trim();
        if (dateText.Length > 0)
        {
            if (!DateOnly.TryParseExact(dateText, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return (null, "Ngày tháng văn bản không hợp lệ; hãy nhập theo dạng 2014-11-13 hoặc 13/11/2014.");
            }
            date = parsed;
        }
        var register = ParseRegister(form["register"].ToString());
        if (register is null)
        {
            return (null, "Sổ văn bản không hợp lệ; chọn “den” (văn bản đến), “di” (văn bản đi) hoặc “noibo” (nội bộ).");
        }
        return (new UploadMetadata(register.Value, title, number, type, issuer, signer, date), null);
    }

    internal static RegisterKind? ParseRegister(string value) => value.Trim().ToLowerInvariant() switch
    {
        "" or "den" or "đến" or "incoming" => RegisterKind.Incoming,
        "di" or "đi" or "outgoing" => RegisterKind.Outgoing,
        "noibo" or "nội bộ" or "internal" => RegisterKind.Internal,
        _ => null,
    };

    /// <summary>The file's own name only: no folders (path traversal), no control characters, bounded length.</summary>
    internal static string SafeFileName(string? name)
    {
        var leaf = (name ?? string.Empty).Replace('\\', '/');
        leaf = leaf[(leaf.LastIndexOf('/') + 1)..];
        leaf = new string(leaf.Where(c => !char.IsControl(c)).ToArray()).Trim().TrimStart('.');
        if (leaf.Length == 0)
        {
            leaf = "tep-tai-len";
        }
        return leaf.Length <= 255 ? leaf : leaf[..200] + Path.GetExtension(leaf)[..Math.Min(20, Path.GetExtension(leaf).Length)];
    }

    private static string Megabytes(long bytes) =>
        (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN")) + " MB";
}
