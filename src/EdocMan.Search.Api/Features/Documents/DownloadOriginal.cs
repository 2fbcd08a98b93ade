using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Audit;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EdocMan.Search.Api.Features.Documents;

internal static class DownloadOriginal
{
    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> HandleAsync(
        Guid id, HttpContext http, EdocManDbContext db, IDocumentStore store, CancellationToken ct)
    {
        var document = (await GetDocument.FindAsync(http, db, id, ct))?.Document;
        if (document is null)
        {
            return GetDocument.NotFound();
        }
        if (!store.Exists(document.Sha256))
        {
            return Problems.Of(500, "Không tìm thấy tệp gốc trong kho lưu trữ. Hãy báo quản trị viên.");
        }
        await GetDocument.AuditAsync(http, db, AuditActions.Download, id, ct);
        http.Response.Headers.ETag = $"\"{document.Sha256}\"";
        return TypedResults.File(store.OpenRead(document.Sha256), document.ContentType, document.FileName, enableRangeProcessing: true);
    }
}
