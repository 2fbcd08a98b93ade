using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Documents;

namespace EdocMan.Search.Api.Features.Documents;

/// <summary>A document's metadata and ingestion status as the API shows it.</summary>
/// <remarks>
/// <c>PagesDone</c> / <c>PagesTotal</c> tell how far extraction has got (null until the extractor has
/// counted the pages); <c>SearchablePdfUrl</c> is set when a searchable PDF was made of a scan.
/// </remarks>
public sealed record DocumentResponse(
    Guid Id,
    string Agency,
    string Register,
    string Title,
    string? Number,
    string? DocumentType,
    string? Issuer,
    string? Signer,
    DateOnly? DocumentDate,
    string FileName,
    string ContentType,
    string Sha256,
    long SizeBytes,
    string Status,
    string StatusLabel,
    string? FailureReason,
    int PageCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset? IndexedAt,
    string OriginalUrl,
    bool Published,
    int? PagesDone,
    int? PagesTotal,
    string? SearchablePdfUrl)
{
    /// <summary>A document of the agency the request is made in.</summary>
    public static DocumentResponse From(Document d, Agency agency) => From(d, agency.Code, agency.Code);

    /// <param name="d">The document.</param>
    /// <param name="ownerCode">The agency whose register holds it.</param>
    /// <param name="routeCode">The agency the request is made in; links stay under it.</param>
    public static DocumentResponse From(Document d, string ownerCode, string routeCode) => new(
        d.Id, ownerCode, d.Register.ToString(), d.Title, d.Number, d.DocumentType, d.Issuer, d.Signer,
        d.DocumentDate, d.FileName, d.ContentType, d.Sha256, d.SizeBytes, d.Status.ToString(), Label(d.Status),
        d.FailureReason, d.PageCount, d.CreatedAt, d.IndexedAt, $"/{routeCode}/api/documents/{d.Id}/original", d.Published,
        d.PagesDone, d.PagesTotal,
        d.SearchablePdfSha256 is null ? null : $"/{routeCode}/api/documents/{d.Id}/searchable-pdf");

    public static string Label(DocumentStatus status) => status switch
    {
        DocumentStatus.Stored => "Đã lưu, chờ xử lý",
        DocumentStatus.Extracting => "Đang trích xuất nội dung",
        DocumentStatus.Indexed => "Đã đánh chỉ mục, tìm kiếm được",
        DocumentStatus.Failed => "Xử lý thất bại",
        _ => status.ToString(),
    };
}
