using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Audit;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EdocMan.Search.Api.Features.Documents;

/// <summary>
/// The searchable PDF made of a scanned document (the scan with an invisible text layer), under the same
/// visibility rules and audit as its original.
/// </summary>
internal static class DownloadSearchablePdf
{
    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> HandleAsync(
        Guid id, HttpContext http, EdocManDbContext db, IDocumentStore store, CancellationToken ct)
    {
        var document = (await GetDocument.FindAsync(http, db, id, ct))?.Document;
        if (document is null)
        {
            return GetDocument.NotFound();
        }
        if (document.SearchablePdfSha256 is not { } sha256 || !store.Exists(sha256))
        {
            return Problems.Of(404, "Văn bản này không có bản PDF có lớp chữ (chỉ tạo cho văn bản quét).");
        }
        await GetDocument.AuditAsync(http, db, AuditActions.Download, id, ct);
        http.Response.Headers.ETag = $"\"{sha256}\"";
        return TypedResults.File(store.OpenRead(sha256), ContentTypes.Pdf, FileName(document.FileName), enableRangeProcessing: true);
    }

    /// <summary>"cong-van.tif" becomes "cong-van (tìm kiếm được).pdf".</summary>
    private static string FileName(string original) => $"{Path.GetFileNameWithoutExtension(original)} (tìm kiếm được).pdf";
}
