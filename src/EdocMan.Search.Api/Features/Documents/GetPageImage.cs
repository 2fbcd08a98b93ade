using EdocMan.Search.Api.Errors;
using EdocMan.Search.Data;
using EdocMan.Search.Extraction.Pdf;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EdocMan.Search.Api.Features.Documents;

/// <summary>The image of one page, for the document view; the same access rule as the original.</summary>
internal static partial class GetPageImage
{
    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> HandleAsync(
        Guid id, int page, HttpContext http, EdocManDbContext db, PagePreviewRenderer previews, ILogger<PagePreviewRenderer> logger,
        CancellationToken ct)
    {
        var document = (await GetDocument.FindAsync(http, db, id, ct))?.Document;
        if (document is null)
        {
            return GetDocument.NotFound();
        }
        if (!PagePreviewRenderer.CanPreview(document.ContentType))
        {
            return Problems.Of(404, "Văn bản này là tệp Word hoặc văn bản thuần nên không có ảnh trang; hãy xem nội dung hoặc tải tệp gốc.");
        }
        try
        {
            var image = await previews.OpenAsync(document, page, ct);
            if (image is not { } found)
            {
                return Problems.Of(404, $"Văn bản không có trang {page}; văn bản có {Math.Max(1, document.PageCount)} trang.");
            }
            // A page image never changes: it is named by the original's hash.
            http.Response.Headers.CacheControl = "private, max-age=86400";
            return TypedResults.File(found.Image, found.ContentType);
        }
        catch (Exception e) when (e is InvalidDataException or TimeoutException)
        {
            LogRenderFailed(logger, id, page, e);
            return Problems.Of(422, $"Không dựng được ảnh trang {page} của văn bản này (tệp có thể bị hỏng); nội dung chữ và tệp gốc vẫn xem được.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Page image {Page} of document {DocumentId} could not be rendered")]
    private static partial void LogRenderFailed(ILogger logger, Guid documentId, int page, Exception exception);
}
