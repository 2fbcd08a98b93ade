using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Archive;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Data;
using EdocMan.Search.Printing.Tables;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Archive;

/// <summary>
/// Reads a transfer with its list, and builds its package: a ZIP holding, for every file, its PDF and its
/// Annex VI XML, plus the transfer's own XML, list and handover record, and a manifest of SHA-256 hashes.
/// </summary>
/// <remarks>
/// Implementation note: entries are stored without compression so a damaged byte lands in one entry and
/// verification can name it; PDFs hardly compress anyway. The package is built once, kept in the
/// content-addressed store under its own SHA-256, and that hash is recorded on the transfer, so later
/// downloads are the same bytes and a re-imported package can be compared with it.
/// </remarks>
internal sealed class TransferPackage(EdocManDbContext db, IDocumentStore store, TimeProvider time)
{
    public const string TransferXmlEntry = "nop-luu.xml";
    public const string ListEntry = "muc-luc-ho-so-nop-luu.pdf";
    public const string HandoverEntry = "bien-ban-giao-nhan.pdf";

    /// <summary>The transfer of the agency with its list, or null.</summary>
    public async Task<TransferResponse?> LoadAsync(Agency agency, int id, CancellationToken ct)
    {
        var transfer = await db.ArchiveTransfers.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && t.AgencyId == agency.Id, ct);
        if (transfer is null)
        {
            return null;
        }
        var files = await db.CaseFiles.AsNoTracking().Where(f => f.ArchiveTransferId == id)
            .OrderBy(f => f.Year).ThenBy(f => f.Code).ToListAsync(ct);
        var ids = files.Select(f => f.Id).ToList();
        var totals = await (from link in db.CaseFileDocuments.AsNoTracking()
                            join document in db.Documents.AsNoTracking() on link.DocumentId equals document.Id
                            where ids.Contains(link.CaseFileId)
                            group document by link.CaseFileId into g
                            select new { Id = g.Key, Documents = g.Count(), Pages = g.Sum(d => d.PageCount) }).ToDictionaryAsync(t => t.Id, ct);
        var rows = files.Select((f, i) => new TransferListRow(i + 1, f.Id, f.Code, f.Year, f.Title, f.StartDate, f.EndDate,
            TransferPrint.RowRange(f.StartDate, f.EndDate), TransferPrint.RetentionOf(f.RetentionYears),
            totals.GetValueOrDefault(f.Id)?.Documents ?? 0, totals.GetValueOrDefault(f.Id)?.Pages ?? 0,
            f.Description ?? string.Empty, ArchiveAccess.StatusLabel(f.Status))).ToList();
        var receiver = await db.Accounts.AsNoTracking().Where(a => a.Id == transfer.ReceivedBy).Select(a => a.FullName).SingleAsync(ct);
        return new TransferResponse(transfer.Id, transfer.BatchName, transfer.HandedOverBy, receiver, transfer.CreatedAt,
            transfer.PackageSha256, transfer.PackageSizeBytes, rows.Count, rows.Sum(r => r.DocumentCount), rows.Sum(r => r.PageCount),
            TransferPrint.DateRange(rows), rows);
    }

    /// <summary>The transfer's XML (what was transferred, by whom, when): it ties a package to its transfer.</summary>
    public static string TransferXml(Agency agency, TransferResponse transfer)
    {
        var root = new XElement("ArchiveTransfer",
            new XElement("Id", transfer.Id.ToString(CultureInfo.InvariantCulture)),
            new XElement("OrganId", agency.OrganisationCode ?? agency.Symbol ?? agency.Code.ToUpperInvariant()),
            new XElement("AgencyCode", agency.Code),
            new XElement("AgencyName", agency.Name),
            new XElement("BatchName", transfer.BatchName),
            new XElement("HandedOverBy", transfer.HandedOverBy),
            new XElement("ReceivedBy", transfer.ReceivedBy),
            new XElement("CreatedAt", transfer.CreatedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
            new XElement("FileTotal", transfer.FileCount.ToString(CultureInfo.InvariantCulture)),
            new XElement("Files", transfer.Files.Select(f => new XElement("File",
                new XElement("FileCatalog", f.Year.ToString(CultureInfo.InvariantCulture)),
                new XElement("FileNotation", f.Code),
                new XElement("Title", f.Title)))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root;
    }

    /// <summary>Builds the package, stores it and records its hash and size on the transfer.</summary>
    public async Task<StoredOriginal> BuildAndStoreAsync(Agency agency, int transferId, CancellationToken ct)
    {
        var transfer = await LoadAsync(agency, transferId, ct) ?? throw new InvalidOperationException($"Transfer {transferId} not found.");
        var entries = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [TransferXmlEntry] = Encoding.UTF8.GetBytes(TransferXml(agency, transfer)),
            [ListEntry] = new TablePdfRenderer(time).Render(TransferPrint.List(agency, transfer)),
            [HandoverEntry] = HandoverPdf.Render(agency, transfer, null, time),
        };
        var pdf = new CaseFilePdf(db, store, time);
        foreach (var file in await FilesAsync(transferId, ct))
        {
            var contents = await CaseFileLoader.LoadAsync(db, agency, file, null, ct);
            var folder = CaseFileLoader.Folder(file);
            entries[folder + "/ho-so.pdf"] = await pdf.RenderAsync(contents, ct);
            entries[folder + "/ho-so.xml"] = Encoding.UTF8.GetBytes(CaseFileMetadataXml.Write(contents.ToMetadata()));
        }
        var manifest = PackageManifest.Write(entries.ToDictionary(e => e.Key, e => PackageManifest.Sha256(e.Value)));
        entries[PackageManifest.EntryName] = Encoding.UTF8.GetBytes(manifest);

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.NoCompression);
                entry.LastWriteTime = transfer.CreatedAt;
                await using var stream = entry.Open();
                await stream.WriteAsync(bytes, ct);
            }
        }
        zip.Position = 0;
        var stored = await store.SaveAsync(zip, ct);
        await db.ArchiveTransfers.Where(t => t.Id == transferId).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.PackageSha256, stored.Sha256)
            .SetProperty(t => t.PackageSizeBytes, stored.SizeBytes), ct);
        return stored;
    }

    /// <summary>The files of a transfer, as the package lists them.</summary>
    public Task<List<CaseFile>> FilesAsync(int transferId, CancellationToken ct) =>
        db.CaseFiles.AsNoTracking().Where(f => f.ArchiveTransferId == transferId).OrderBy(f => f.Year).ThenBy(f => f.Code).ToListAsync(ct);
}
