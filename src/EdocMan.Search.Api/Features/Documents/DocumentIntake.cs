using EdocMan.Search.Api.Ingestion;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Data;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Documents;

/// <summary>Metadata given with an upload; everything but the file is optional.</summary>
public sealed record UploadMetadata(
    RegisterKind Register, string? Title, string? Number, string? DocumentType,
    string? Issuer, string? Signer, DateOnly? DocumentDate);

/// <summary>What became of an upload.</summary>
internal abstract record IntakeResult
{
    public sealed record Accepted(Document Document) : IntakeResult;

    public sealed record Duplicate(Guid ExistingId) : IntakeResult;

    /// <summary>Refused before anything was stored (wrong or unsupported type).</summary>
    public sealed record Refused(int Status, string Reason) : IntakeResult;

    /// <summary>Stored, but unreadable: recorded as Failed so the original is kept and visible.</summary>
    public sealed record Unreadable(Document Document, string Reason) : IntakeResult;
}

/// <summary>
/// Accepts a file into an agency's register: sniff, store the original, record the document and its
/// ingestion job in one transaction, and wake the worker. Used by the upload endpoint and the demo seeder.
/// </summary>
internal sealed class DocumentIntake(
    EdocManDbContext db, IDocumentStore store, ExtractorRegistry extractors, IngestionSignal signal, TimeProvider time)
{
    /// <param name="content">A readable, seekable stream of the upload.</param>
    public async Task<IntakeResult> AcceptAsync(
        Agency agency, Stream content, string fileName, UploadMetadata metadata, int? uploadedBy, CancellationToken ct)
    {
        var head = new byte[ContentSniffer.HeadLength];
        var headLength = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        var contentType = ContentSniffer.Sniff(head.AsSpan(0, headLength));
        var expected = ContentTypes.ExpectedFor(fileName);
        if (expected is not null && !expected.Contains(contentType))
        {
            return new IntakeResult.Refused(415,
                $"Tệp “{fileName}” có đuôi {Path.GetExtension(fileName)} nhưng nội dung là {ContentTypes.Describe(contentType)}. " +
                "Hãy kiểm tra lại tệp trước khi tải lên.");
        }
        var extractor = extractors.Find(contentType);
        if (extractor is null)
        {
            return new IntakeResult.Refused(415,
                "Định dạng tệp chưa được hỗ trợ. Hãy tải lên PDF, ảnh quét (PNG, JPEG, TIFF), Word hoặc văn bản thuần.");
        }

        content.Position = 0;
        var original = await store.SaveAsync(content, ct);
        var existing = await FindDuplicateAsync(agency.Id, original.Sha256, ct);
        if (existing is not null)
        {
            return new IntakeResult.Duplicate(existing.Value);
        }

        string? unreadable;
        await using (var stored = store.OpenRead(original.Sha256))
        {
            unreadable = extractor.Preflight(stored);
        }

        var now = time.GetUtcNow();
        var document = new Document
        {
            Id = Guid.CreateVersion7(now),
            AgencyId = agency.Id,
            Register = metadata.Register,
            Title = string.IsNullOrWhiteSpace(metadata.Title) ? Path.GetFileNameWithoutExtension(fileName) : metadata.Title,
            Number = metadata.Number,
            DocumentType = metadata.DocumentType,
            Issuer = metadata.Issuer,
            Signer = metadata.Signer,
            DocumentDate = metadata.DocumentDate,
            FileName = fileName,
            ContentType = contentType,
            Sha256 = original.Sha256,
            SizeBytes = original.SizeBytes,
            Status = unreadable is null ? DocumentStatus.Stored : DocumentStatus.Failed,
            FailureReason = unreadable,
            UploadedBy = uploadedBy,
            Published = AccessPolicy.PublishedByDefault(metadata.Register, metadata.Number, metadata.DocumentType, metadata.Issuer),
            CreatedAt = now,
        };
        db.Documents.Add(document);
        if (unreadable is null)
        {
            db.IngestionJobs.Add(new IngestionJob { DocumentId = document.Id, CreatedAt = now, UpdatedAt = now });
        }
        try
        {
            // Document and job are one SaveChanges, hence one transaction: no document without its job.
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two uploads of the same bytes raced past the check above; the unique index let one win.
            db.ChangeTracker.Clear();
            if (await FindDuplicateAsync(agency.Id, original.Sha256, ct) is { } raced)
            {
                return new IntakeResult.Duplicate(raced);
            }
            throw;
        }
        if (unreadable is not null)
        {
            return new IntakeResult.Unreadable(document, unreadable);
        }
        signal.Notify();
        return new IntakeResult.Accepted(document);
    }

    private async Task<Guid?> FindDuplicateAsync(int agencyId, string sha256, CancellationToken ct) =>
        await db.Documents.AsNoTracking()
            .Where(d => d.AgencyId == agencyId && d.Sha256 == sha256)
            .Select(d => (Guid?)d.Id)
            .FirstOrDefaultAsync(ct);
}
