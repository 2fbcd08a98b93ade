namespace EdocMan.Search.Core.Archive;

/// <summary>
/// The metadata of a case file (hồ sơ) as Decree 30/2020, Annex VI Part II lists it, with its documents.
/// </summary>
/// <param name="OrganId">FileCode.OrganId: the agency's organisation code (S13).</param>
/// <param name="FileCatalog">FileCode.FileCatalog: the year of the file plan (N4).</param>
/// <param name="FileNotation">FileCode.FileNotation: số, ký hiệu hồ sơ, e.g. <c>01.TCCB</c> (S20).</param>
/// <param name="Maintenance">Thời hạn bảo quản: "Vĩnh viễn" or "10 năm" (S30).</param>
/// <param name="Rights">Chế độ sử dụng (S30).</param>
/// <param name="Creator">Người lập hồ sơ.</param>
public sealed record CaseFileMetadata(
    string OrganId,
    int FileCatalog,
    string FileNotation,
    string Title,
    string Maintenance,
    string? Rights,
    string Creator,
    string Language,
    DateOnly StartDate,
    DateOnly? EndDate,
    int DocTotal,
    int PageTotal,
    string? Description,
    IReadOnlyList<DocumentMetadata> Documents);

/// <summary>
/// One document of a case file, with the Annex VI Part II fields a file's document list needs.
/// </summary>
/// <param name="DocOrdinal">Số thứ tự in the file (N3).</param>
/// <param name="TypeName">Tên loại văn bản, e.g. "Quyết định".</param>
/// <param name="CodeNumber">Số của văn bản: what precedes the first "/" of số, ký hiệu.</param>
/// <param name="CodeNotation">Ký hiệu: the rest, e.g. <c>2014/QĐ-UBND</c>.</param>
/// <param name="OrganName">Tác giả: the issuing body.</param>
/// <param name="Subject">Trích yếu nội dung.</param>
/// <param name="PageAmount">Số trang.</param>
/// <param name="Description">Ghi chú.</param>
/// <param name="Sha256">SHA-256 of the original in the agency's store, so the archive can match it.</param>
public sealed record DocumentMetadata(
    int DocOrdinal,
    string? TypeName,
    string? CodeNumber,
    string? CodeNotation,
    DateOnly? IssuedDate,
    string? OrganName,
    string Subject,
    string Language,
    int PageAmount,
    string? Description,
    string? SignerFullName,
    string Sha256)
{
    /// <summary>Splits số, ký hiệu ("31/2014/QĐ-UBND") into the number ("31") and the notation ("2014/QĐ-UBND").</summary>
    public static (string? Number, string? Notation) SplitNumber(string? numberSymbol)
    {
        if (string.IsNullOrWhiteSpace(numberSymbol))
        {
            return (null, null);
        }
        var slash = numberSymbol.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 ? (null, numberSymbol.Trim()) : (numberSymbol[..slash].Trim(), numberSymbol[(slash + 1)..].Trim());
    }
}
