using System.Globalization;
using EdocMan.Search.Api.Access;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Archive;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Data;
using EdocMan.Search.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Archive;

/// <summary>One document of an exported file, in date order (<see cref="Ordinal"/> from 1).</summary>
internal sealed record FileEntry(int Ordinal, Document Document, string? TypeName, string? Notes);

/// <summary>A case file with the documents an export shows, in date order.</summary>
internal sealed record CaseFileContents(CaseFile File, Agency Agency, string CreatorName, IReadOnlyList<FileEntry> Entries)
{
    public int PageTotal => Entries.Sum(e => e.Document.PageCount);

    /// <summary>Thời gian tài liệu: from the start to the end of the work (or of its documents while open).</summary>
    public string DateRange => $"{TransferPrint.Day(File.StartDate)} – {TransferPrint.Day(File.EndDate)}";

    /// <summary>The Annex VI Part II metadata of the file and its documents.</summary>
    public CaseFileMetadata ToMetadata() => new(
        Agency.OrganisationCode ?? Agency.Symbol ?? Agency.Code.ToUpperInvariant(),
        File.Year,
        File.Code,
        File.Title,
        RetentionSchedule.RetentionLabel(File.RetentionYears),
        File.AccessRegime,
        CreatorName,
        CaseFileLoader.Language,
        File.StartDate,
        File.EndDate,
        Entries.Count,
        PageTotal,
        File.Description,
        Entries.Select(e =>
        {
            var (number, notation) = DocumentMetadata.SplitNumber(e.Document.Number);
            return new DocumentMetadata(e.Ordinal, e.TypeName, number, notation, e.Document.DocumentDate, e.Document.Issuer,
                e.Document.Title, CaseFileLoader.Language, e.Document.PageCount, e.Notes, e.Document.Signer, e.Document.Sha256);
        }).ToList());
}

/// <summary>Loads a case file's documents for an export, a transfer or a verification.</summary>
internal static class CaseFileLoader
{
    public const string Language = "Tiếng Việt";

    /// <summary>
    /// The file's documents in date order (document date, else the day it entered the system; then the
    /// order they were added). With <paramref name="viewer"/> set, only those that user may open.
    /// </summary>
    public static async Task<CaseFileContents> LoadAsync(EdocManDbContext db, Agency agency, CaseFile file, CurrentUser? viewer, CancellationToken ct)
    {
        var rows = await (from link in db.CaseFileDocuments.AsNoTracking()
                          join document in db.Documents.AsNoTracking() on link.DocumentId equals document.Id
                          where link.CaseFileId == file.Id
                          select new { link.Ordinal, link.Notes, Document = document }).ToListAsync(ct);
        if (viewer is not null && rows.Count > 0)
        {
            var tokens = await db.LoadAccessTokensAsync(rows.Select(r => r.Document.Id).ToList(), ct);
            var mine = DocumentVisibility.TokensOf(viewer);
            rows = rows.Where(r => tokens.TryGetValue(r.Document.Id, out var t) && AccessPolicy.Allows(t, mine)).ToList();
        }
        var types = await db.DocumentTypes.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, ct);
        var creator = await db.Accounts.AsNoTracking().Where(a => a.Id == file.OwnerAccountId).Select(a => a.FullName).SingleOrDefaultAsync(ct);
        var entries = rows
            .OrderBy(r => r.Document.DocumentDate ?? DateOnly.FromDateTime(r.Document.CreatedAt.UtcDateTime.AddHours(7)))
            .ThenBy(r => r.Ordinal)
            .ThenBy(r => r.Document.CreatedAt)
            .Select((r, i) => new FileEntry(i + 1, r.Document,
                r.Document.DocumentType is { } code ? types.GetValueOrDefault(code, code) : null, r.Notes))
            .ToList();
        return new CaseFileContents(file, agency, creator ?? string.Empty, entries);
    }

    /// <summary>A file's folder inside a package, e.g. <c>ho-so/2024-01.TCCB</c>; codes are restricted to safe characters.</summary>
    public static string Folder(CaseFile file)
    {
        var safe = new string(file.Code.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray());
        return string.Create(CultureInfo.InvariantCulture, $"ho-so/{file.Year}-{safe}-{file.Id}");
    }
}
