using System.Text.Json.Serialization;
using EdocMan.Search.Core.Registers;

namespace EdocMan.Search.Api.Features.Registers;

/// <summary>
/// Vào sổ: what the clerk enters for a document already uploaded (and extracted) into the agency.
/// Fields of the other register are ignored.
/// </summary>
/// <param name="DocumentId">The uploaded document.</param>
/// <param name="ConfirmNotExcluded">
/// The clerk confirms the document is not a state secret, not a complaint or denunciation and not harmful
/// content (seed regulation, Art. 3.2). Required.
/// </param>
/// <param name="DocumentType">Code of the document type (<c>GET /api/document-types</c>).</param>
/// <param name="Summary">Trích yếu nội dung.</param>
/// <param name="NumberSymbol">Incoming: the sender's số, ký hiệu. Outgoing and internal: assigned, leave empty.</param>
/// <param name="DocumentDate">Ngày tháng văn bản; outgoing defaults to the register day.</param>
/// <param name="Issuer">Incoming: Tác giả (the issuing body).</param>
/// <param name="Signer">Người ký (chức vụ, họ tên).</param>
/// <param name="Recipients">Outgoing: Nơi nhận.</param>
/// <param name="FileCopyHolder">Outgoing: Đơn vị, người nhận bản lưu.</param>
/// <param name="Copies">Outgoing: Số lượng bản.</param>
/// <param name="ReceivedBy">Incoming: Đơn vị hoặc người nhận.</param>
/// <param name="TransferDate">Ngày chuyển.</param>
/// <param name="Urgency">Độ khẩn: Normal, Urgent, Immediate, Flash.</param>
/// <param name="Notes">Ghi chú.</param>
/// <param name="DraftingUnit">Outgoing công văn: the drafting unit or field in the symbol (<c>12/UBND-VX</c>).</param>
/// <param name="LegalNormative">Outgoing: a legal normative document, numbered <c>{n}/{yyyy}/{TYPE}-{ISSUER}</c>.</param>
/// <param name="Arrival">
/// Incoming: how it arrived, Electronic or Paper (counted apart in usage reports). When not given: Paper if
/// the document's text came from OCR (a scan), else Electronic.
/// </param>
public sealed record RegisterRequest(
    Guid DocumentId,
    bool ConfirmNotExcluded,
    string? DocumentType,
    string? Summary,
    string? NumberSymbol,
    DateOnly? DocumentDate,
    string? Issuer,
    string? Signer,
    string? Recipients,
    string? FileCopyHolder,
    int? Copies,
    string? ReceivedBy,
    DateOnly? TransferDate,
    Urgency? Urgency,
    string? Notes,
    string? DraftingUnit,
    bool LegalNormative = false,
    // As a word ("Paper"), which a script writer can read; numbers are accepted too.
    [property: JsonConverter(typeof(JsonStringEnumConverter<ArrivalChannel>))] ArrivalChannel? Arrival = null);

/// <summary>One line of a register, with every Annex IV column.</summary>
public sealed record RegisterEntryResponse(
    long Id,
    string Register,
    int Year,
    string Series,
    int Number,
    DateOnly RegisteredOn,
    string? NumberSymbol,
    DateOnly? DocumentDate,
    string? DocumentType,
    string Summary,
    string? Issuer,
    string? Signer,
    string? Recipients,
    string? FileCopyHolder,
    int? Copies,
    string? ReceivedBy,
    DateOnly? TransferDate,
    string Urgency,
    string UrgencyLabel,
    string? Notes,
    Guid DocumentId,
    string DocumentUrl)
{
    public static RegisterEntryResponse From(RegisterEntry e, string agencyCode) => new(
        e.Id, RegisterRoutes.Slug(e.Kind), e.Year, e.Series, e.Number, e.RegisteredOn, e.NumberSymbol, e.DocumentDate,
        e.DocumentType, e.Summary, e.Issuer, e.Signer, e.Recipients, e.FileCopyHolder, e.Copies, e.ReceivedBy,
        e.TransferDate, e.Urgency.ToString(), UrgencyLabels.Of(e.Urgency), e.Notes, e.DocumentId,
        $"/{agencyCode}/api/documents/{e.DocumentId}");
}

/// <summary>The new entry, and warnings the clerk should read (e.g. a possible duplicate).</summary>
public sealed record RegisteredResponse(RegisterEntryResponse Entry, IReadOnlyList<string> Warnings);
