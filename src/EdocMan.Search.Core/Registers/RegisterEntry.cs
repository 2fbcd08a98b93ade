using EdocMan.Search.Core.Documents;

namespace EdocMan.Search.Core.Registers;

/// <summary>
/// One line of an agency's register (Decree 30/2020, Annex IV), linked to the uploaded document.
/// </summary>
/// <remarks>
/// The incoming register's columns: Ngày đến (<see cref="RegisteredOn"/>), Số đến (<see cref="Number"/>),
/// Tác giả (<see cref="Issuer"/>), Số, ký hiệu (<see cref="NumberSymbol"/>), Ngày tháng văn bản,
/// Tên loại và trích yếu (<see cref="DocumentType"/> + <see cref="Summary"/>), Đơn vị hoặc người nhận
/// (<see cref="ReceivedBy"/>), Ngày chuyển, Ký nhận (signed on paper), Ghi chú. The outgoing register's:
/// Số, ký hiệu (assigned), Ngày tháng, Tên loại và trích yếu, Người ký (<see cref="Signer"/>), Nơi nhận
/// (<see cref="Recipients"/>), Đơn vị, người nhận bản lưu (<see cref="FileCopyHolder"/>), Số lượng bản
/// (<see cref="Copies"/>), Ngày chuyển, Ký nhận, Ghi chú.
/// </remarks>
public sealed class RegisterEntry
{
    public long Id { get; set; }

    public int AgencyId { get; set; }

    public RegisterKind Kind { get; set; }

    /// <summary>The calendar year of the series; numbering restarts at 01 each 1 January.</summary>
    public int Year { get; set; }

    /// <summary>Which series of the year: empty for the agency's one series, otherwise e.g. a type code.</summary>
    public string Series { get; set; } = string.Empty;

    /// <summary>Số đến for incoming documents; the assigned số for outgoing and internal ones.</summary>
    public int Number { get; set; }

    public Guid DocumentId { get; set; }

    /// <summary>The register day (Vietnam time): Ngày đến, or the date of issue.</summary>
    public DateOnly RegisteredOn { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    public int? RegisteredBy { get; set; }

    /// <summary>Số, ký hiệu: the sender's for incoming documents; the assigned one for outgoing ones.</summary>
    public string? NumberSymbol { get; set; }

    public DateOnly? DocumentDate { get; set; }

    /// <summary>Code of a <see cref="DocumentTypeInfo"/>.</summary>
    public string? DocumentType { get; set; }

    /// <summary>Trích yếu nội dung.</summary>
    public required string Summary { get; set; }

    /// <summary>Tác giả: the issuing body (incoming).</summary>
    public string? Issuer { get; set; }

    /// <summary>Người ký: position and name (outgoing).</summary>
    public string? Signer { get; set; }

    /// <summary>Nơi nhận (outgoing).</summary>
    public string? Recipients { get; set; }

    /// <summary>Đơn vị, người nhận bản lưu (outgoing).</summary>
    public string? FileCopyHolder { get; set; }

    /// <summary>Số lượng bản (outgoing).</summary>
    public int? Copies { get; set; }

    /// <summary>Đơn vị hoặc người nhận (incoming).</summary>
    public string? ReceivedBy { get; set; }

    /// <summary>Ngày chuyển.</summary>
    public DateOnly? TransferDate { get; set; }

    public Urgency Urgency { get; set; }

    /// <summary>How an incoming document arrived: through the System or on paper (then scanned).</summary>
    public ArrivalChannel Arrival { get; set; }

    /// <summary>Ghi chú.</summary>
    public string? Notes { get; set; }

    /// <summary>The clerk confirmed the document is not a state secret, a complaint or denunciation, or harmful content.</summary>
    public bool ExclusionConfirmed { get; set; }
}
