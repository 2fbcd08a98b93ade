namespace EdocMan.Search.Core.Documents;

/// <summary>
/// A document registered by an agency: its metadata, where its original is, and its ingestion status.
/// </summary>
/// <remarks>
/// The original bytes live in the <see cref="IDocumentStore"/>, addressed by <see cref="Sha256"/>;
/// they are never modified. The extracted text is kept per page in <see cref="DocumentPage"/> rows.
/// </remarks>
public sealed class Document
{
    public Guid Id { get; set; }

    public int AgencyId { get; set; }

    public RegisterKind Register { get; set; }

    /// <summary>Trích yếu: the summary line; the file name when the uploader gave none.</summary>
    public required string Title { get; set; }

    /// <summary>Số, ký hiệu, e.g. <c>31/2014/QĐ-UBND</c>.</summary>
    public string? Number { get; set; }

    /// <summary>Document type code from Decree 30 Annex III, e.g. <c>QĐ</c>, <c>TTr</c>.</summary>
    public string? DocumentType { get; set; }

    /// <summary>Tác giả: the issuing body.</summary>
    public string? Issuer { get; set; }

    public string? Signer { get; set; }

    public DateOnly? DocumentDate { get; set; }

    public required string FileName { get; set; }

    /// <summary>The content type sniffed from the bytes, never taken from the file name alone.</summary>
    public required string ContentType { get; set; }

    public required string Sha256 { get; set; }

    public long SizeBytes { get; set; }

    public DocumentStatus Status { get; set; }

    /// <summary>Why extraction failed, in Vietnamese for the clerk.</summary>
    public string? FailureReason { get; set; }

    public int PageCount { get; set; }

    /// <summary>Pages extracted so far while the document is being read; null until extraction starts.</summary>
    public int? PagesDone { get; set; }

    /// <summary>Pages the extractor found in the file; null until it has counted them.</summary>
    public int? PagesTotal { get; set; }

    /// <summary>
    /// The address in the <see cref="IDocumentStore"/> of a PDF made from the OCR'd scan with an invisible
    /// text layer, kept beside the untouched original; null when none was made (text files, long scans).
    /// </summary>
    public string? SearchablePdfSha256 { get; set; }

    public int? UploadedBy { get; set; }

    /// <summary>
    /// Published to every agency of the province. Set at registration by
    /// <see cref="Permissions.AccessPolicy.PublishedByDefault"/> and changed by the agency's clerk or leader.
    /// </summary>
    public bool Published { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? IndexedAt { get; set; }
}
