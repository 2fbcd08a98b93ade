namespace EdocMan.Search.Api.Features.Archive;

/// <summary>A transfer to create: the chosen closed files, the batch's name and who hands it over.</summary>
public sealed record CreateTransferRequest(IReadOnlyList<int>? CaseFileIds, string? BatchName, string? HandedOverBy);

/// <summary>One line of the transfer list (mục lục hồ sơ, tài liệu nộp lưu, Decree 30/2020 Annex V).</summary>
public sealed record TransferListRow(
    int No, int CaseFileId, string Code, int Year, string Title, DateOnly StartDate, DateOnly? EndDate, string DateRange,
    string Retention, int DocumentCount, int PageCount, string Notes, string Status);

/// <summary>A transfer with its list; <see cref="PackageSha256"/> is the hash of the package's bytes.</summary>
public sealed record TransferResponse(
    int Id, string BatchName, string HandedOverBy, string ReceivedBy, DateTimeOffset CreatedAt, string? PackageSha256,
    long? PackageSizeBytes, int FileCount, int DocumentCount, int PageCount, string DateRange, IReadOnlyList<TransferListRow> Files);

/// <summary>A transfer as listed.</summary>
public sealed record TransferSummary(int Id, string BatchName, string HandedOverBy, DateTimeOffset CreatedAt, int FileCount, string? PackageSha256);

/// <summary>One difference found while verifying a package.</summary>
public sealed record VerificationMismatch(string Entry, string Problem);

/// <summary>The result of verifying a transfer package against the database.</summary>
public sealed record VerificationReport(
    bool Ok, int? TransferId, string? BatchName, string PackageSha256, string? RecordedPackageSha256, int EntriesChecked,
    int FilesChecked, IReadOnlyList<VerificationMismatch> Mismatches);
