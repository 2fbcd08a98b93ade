namespace EdocMan.Search.Core.CaseFiles;

/// <summary>
/// A document's place in a case file. A document may sit in several files (several officials' files)
/// without being copied: this row only links them.
/// </summary>
public sealed class CaseFileDocument
{
    public long Id { get; set; }

    public int CaseFileId { get; set; }

    public Guid DocumentId { get; set; }

    /// <summary>Số thứ tự in the file's document list, renumbered in date order when the file closes.</summary>
    public int Ordinal { get; set; }

    public int AddedBy { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    /// <summary>Ghi chú in the document list.</summary>
    public string? Notes { get; set; }
}

/// <summary>A case file shared beyond its owner: with one account, or with every member of an agency.</summary>
public sealed class CaseFileShare
{
    public long Id { get; set; }

    public int CaseFileId { get; set; }

    /// <summary>Shared with one account; either this or <see cref="AgencyId"/> is set.</summary>
    public int? AccountId { get; set; }

    public int? AgencyId { get; set; }

    public int GrantedBy { get; set; }

    public DateTimeOffset GrantedAt { get; set; }
}
