using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Audit;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Data;
using EdocMan.Search.Data.Registers;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Registers;

/// <summary>
/// Writes one register line in one transaction: takes the series number, assigns the outgoing số, ký
/// hiệu, copies the register's metadata onto the document and audits. Used by the registration endpoint
/// and the demo data. The caller has checked permissions, the request and the document's state.
/// </summary>
internal static class RegisterWriter
{
    /// <param name="issuedNumber">
    /// For importing a document issued before the system (the demo's 2014 regulation): its existing number;
    /// the series is moved on to it so later numbers follow. <c>null</c> takes the next number.
    /// </param>
    public static async Task<RegisterEntry> WriteAsync(
        EdocManDbContext db, TimeProvider time, CurrentUser? user, Agency agency, Document document, RegisterRequest request,
        RegisterKind register, DocumentTypeInfo type, DateOnly day, int? issuedNumber, CancellationToken ct)
    {
        var entry = NewEntry(request, register, agency.Id, user?.AccountId, day, time.GetUtcNow(), type);
        if (register != RegisterKind.Incoming)
        {
            // The agency is the author of what it issues; the duplicate warning compares authors.
            entry.Issuer = agency.Name;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Inside the write transaction, so a day being closed at this moment cannot receive one more line.
        if (await db.RegisterDays.AnyAsync(d => d.AgencyId == agency.Id && d.Kind == register && d.Day == day, ct))
        {
            throw new RegisterDayClosedException(day);
        }
        entry.Series = SeriesOf(register, agency.OutgoingSeriesPerType, type, request.LegalNormative);
        if (issuedNumber is { } n)
        {
            entry.Number = n;
            entry.NumberSymbol = request.NumberSymbol?.Trim();
            await db.AdvanceSeriesAsync(agency.Id, register, entry.Year, entry.Series, n, ct);
        }
        else
        {
            entry.Number = await db.NextNumberAsync(agency.Id, register, entry.Year, entry.Series, ct);
            if (register != RegisterKind.Incoming)
            {
                entry.NumberSymbol = DocumentNumberFormatter.Format(entry.Number, type.Abbreviation,
                    agency.Symbol ?? agency.Code.ToUpperInvariant(), request.DraftingUnit, entry.Year, request.LegalNormative);
            }
        }
        db.RegisterEntries.Add(entry);
        Describe(document, entry, type, agency.Name);
        AuditTrail.Add(db, time, user, AuditActions.Register, document.Id,
            $"{RegisterRoutes.Slug(register)} {entry.Year} số {entry.Number:00} {entry.NumberSymbol}", agency.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return entry;
    }

    /// <summary>
    /// Incoming documents have one số đến series. Outgoing and internal ones have one series for the
    /// agency or one per type, as the agency chose; legal normative documents always one per type.
    /// </summary>
    internal static string SeriesOf(RegisterKind register, bool perType, DocumentTypeInfo type, bool legalNormative) =>
        register == RegisterKind.Incoming ? string.Empty
        : legalNormative ? "QPPL-" + type.Code
        : perType ? type.Code
        : string.Empty;

    private static RegisterEntry NewEntry(
        RegisterRequest r, RegisterKind register, int agencyId, int? accountId, DateOnly today, DateTimeOffset now, DocumentTypeInfo type) => new()
    {
        AgencyId = agencyId, Kind = register, Year = today.Year, DocumentId = r.DocumentId, RegisteredOn = today,
        RegisteredAt = now, RegisteredBy = accountId, NumberSymbol = register == RegisterKind.Incoming ? r.NumberSymbol!.Trim() : null,
        DocumentDate = r.DocumentDate ?? (register == RegisterKind.Incoming ? null : today), DocumentType = type.Code,
        Summary = r.Summary!.Trim(), Issuer = Clean(r.Issuer), Signer = Clean(r.Signer), Recipients = Clean(r.Recipients),
        FileCopyHolder = Clean(r.FileCopyHolder), Copies = r.Copies, ReceivedBy = Clean(r.ReceivedBy),
        TransferDate = r.TransferDate, Urgency = r.Urgency ?? Urgency.Normal, Notes = Clean(r.Notes), ExclusionConfirmed = true,
        Arrival = r.Arrival ?? ArrivalChannel.Electronic,
    };

    /// <summary>The register is the authority on the document's metadata from now on.</summary>
    private static void Describe(Document document, RegisterEntry entry, DocumentTypeInfo type, string agencyName)
    {
        document.Register = entry.Kind;
        document.Title = entry.Summary;
        document.Number = entry.NumberSymbol;
        document.DocumentType = type.Abbreviation ?? type.Code;
        document.Issuer = entry.Kind == RegisterKind.Incoming ? entry.Issuer : agencyName;
        document.Signer = entry.Signer;
        document.DocumentDate = entry.DocumentDate;
        document.Published |= AccessPolicy.PublishedByDefault(entry.Kind, entry.NumberSymbol, type.Abbreviation, document.Issuer);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The register of that day is closed (đã khóa sổ): nothing may be added to or changed in it.</summary>
internal sealed class RegisterDayClosedException(DateOnly day)
    : Exception($"Sổ ngày {day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)} đã khóa; không thể thêm hoặc sửa dòng trong sổ. Hãy thêm ghi chú đính chính nếu cần sửa.")
{
    public DateOnly Day { get; } = day;
}
