namespace EdocMan.Search.Core.Archive;

/// <summary>
/// One batch of closed case files handed to the agency archive (nộp lưu vào lưu trữ hiện hành), with its
/// transfer list (mục lục hồ sơ, tài liệu nộp lưu), handover record (biên bản giao nhận) and package.
/// </summary>
public sealed class ArchiveTransfer
{
    public int Id { get; set; }

    public int AgencyId { get; set; }

    /// <summary>Tên khối tài liệu, e.g. "Hồ sơ năm 2024 của Văn phòng".</summary>
    public required string BatchName { get; set; }

    /// <summary>The unit or person handing over (bên giao).</summary>
    public required string HandedOverBy { get; set; }

    /// <summary>The archivist receiving (bên nhận).</summary>
    public int ReceivedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>SHA-256 of the transfer package (ZIP), recorded when it was built.</summary>
    public string? PackageSha256 { get; set; }

    public long? PackageSizeBytes { get; set; }
}
