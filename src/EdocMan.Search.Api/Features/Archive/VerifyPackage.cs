using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using EdocMan.Search.Api.Audit;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Archive;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EdocMan.Search.Api.Features.Archive;

/// <summary>
/// <c>POST /{agency}/api/archive/verify</c>, multipart <c>file</c>: re-imports a transfer package and checks it
/// against the database: the package's hash against the one recorded on its transfer, every entry against the
/// manifest, the manifest against what the transfer must hold, and each XML field by field against the data.
/// </summary>
/// <remarks>
/// An intact package answers 200 with the report; any difference answers 400 with a Vietnamese explanation
/// naming the entries and fields, and the same report under <c>mismatches</c>. PDFs are checked by hash only:
/// rendering them again would not give the same bytes (creation dates), and their hashes are in the manifest.
/// </remarks>
internal static class VerifyPackage
{
    public static async Task<Results<Ok<VerificationReport>, ProblemHttpResult>> HandleAsync(
        HttpRequest request, EdocManDbContext db, IDocumentStore store, TimeProvider time, CancellationToken ct)
    {
        var http = request.HttpContext;
        if (ArchiveAccess.Denied(http) is { } denied)
        {
            return denied;
        }
        if (!request.HasFormContentType || (await request.ReadFormAsync(ct)).Files is not { Count: > 0 } files)
        {
            return Problems.Of(400, "Hãy gửi gói nộp lưu (tệp ZIP) dưới dạng biểu mẫu multipart/form-data với trường “file”.");
        }
        var upload = files.GetFile("file") ?? files[0];
        using var buffer = new MemoryStream();
        await using (var content = upload.OpenReadStream())
        {
            await content.CopyToAsync(buffer, ct);
        }
        var packageSha = Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        buffer.Position = 0;

        Dictionary<string, byte[]?> entries;
        try
        {
            entries = ReadEntries(buffer);
        }
        catch (InvalidDataException)
        {
            return Problems.Of(400, "Tệp tải lên không phải gói nộp lưu: không đọc được dạng ZIP.");
        }
        catch (PackageTooLargeException)
        {
            return Problems.Of(400, "Gói tải lên giải nén ra lớn bất thường so với dung lượng tệp ZIP; gói nộp lưu của hệ thống không nén nên không thể như vậy.");
        }
        if (!entries.TryGetValue(PackageManifest.EntryName, out var manifestBytes) || manifestBytes is null)
        {
            return Problems.Of(400, $"Gói nộp lưu không có bảng kê “{PackageManifest.EntryName}” hoặc bảng kê bị hỏng, nên không kiểm tra được.");
        }
        if (!entries.TryGetValue(TransferPackage.TransferXmlEntry, out var transferXml) || transferXml is null || TransferId(transferXml) is not { } transferId)
        {
            return Problems.Of(400, $"Gói nộp lưu không có tệp “{TransferPackage.TransferXmlEntry}” đọc được, nên không biết gói thuộc đợt nộp lưu nào.");
        }
        var agency = http.Agency();
        var package = new TransferPackage(db, store, time);
        var transfer = await package.LoadAsync(agency, transferId, ct);
        if (transfer is null)
        {
            return Problems.Of(400, string.Create(CultureInfo.InvariantCulture, $"Gói ghi đợt nộp lưu số {transferId}, nhưng đơn vị không có đợt nộp lưu này."));
        }

        var mismatches = new List<VerificationMismatch>();
        if (transfer.PackageSha256 is { } recorded && recorded != packageSha)
        {
            mismatches.Add(new VerificationMismatch(string.Empty,
                $"mã SHA-256 của cả gói ({packageSha[..12]}…) khác với mã đã ghi khi nộp lưu ({recorded[..12]}…)."));
        }
        var (manifest, manifestErrors) = PackageManifest.Parse(Encoding.UTF8.GetString(manifestBytes));
        mismatches.AddRange(manifestErrors.Select(Of));
        var found = entries.ToDictionary(e => e.Key, e => e.Value is null ? null : PackageManifest.Sha256(e.Value), StringComparer.Ordinal);
        mismatches.AddRange(PackageManifest.Compare(manifest, found).Select(Of));

        var expected = new Dictionary<string, string>(StringComparer.Ordinal) { [TransferPackage.TransferXmlEntry] = TransferPackage.TransferXml(agency, transfer) };
        var filesChecked = 0;
        foreach (var file in await package.FilesAsync(transferId, ct))
        {
            var contents = await CaseFileLoader.LoadAsync(db, agency, file, null, ct);
            var folder = CaseFileLoader.Folder(file);
            expected[folder + "/ho-so.xml"] = CaseFileMetadataXml.Write(contents.ToMetadata());
            if (!manifest.ContainsKey(folder + "/ho-so.pdf"))
            {
                mismatches.Add(new VerificationMismatch(folder + "/ho-so.pdf", $"thiếu bản PDF của hồ sơ {file.Code} trong bảng kê."));
            }
            filesChecked++;
        }
        foreach (var (path, xml) in expected)
        {
            if (!manifest.ContainsKey(path))
            {
                mismatches.Add(new VerificationMismatch(path, "thiếu tệp dữ liệu đặc tả này trong bảng kê của gói."));
            }
            else if (entries.GetValueOrDefault(path) is { } bytes)
            {
                mismatches.AddRange(CaseFileMetadataXml.Diff(xml, Encoding.UTF8.GetString(bytes)).Select(d => new VerificationMismatch(path, d)));
            }
        }
        mismatches = mismatches.DistinctBy(m => (m.Entry, m.Problem)).ToList();

        var report = new VerificationReport(mismatches.Count == 0, transfer.Id, transfer.BatchName, packageSha, transfer.PackageSha256,
            entries.Count, filesChecked, mismatches);
        AuditTrail.Add(db, time, CurrentUser.From(http.User), ArchiveAuditActions.Verify, null,
            string.Create(CultureInfo.InvariantCulture, $"kiểm tra gói nộp lưu đợt {transfer.Id}: {(report.Ok ? "khớp" : $"{mismatches.Count} điểm không khớp")}"), agency.Id);
        await db.SaveChangesAsync(ct);
        if (report.Ok)
        {
            return TypedResults.Ok(report);
        }
        var named = mismatches.Take(5).Select(m => (m.Entry.Length == 0 ? $"cả gói: {m.Problem}" : $"“{m.Entry}”: {m.Problem}").TrimEnd('.'));
        var more = mismatches.Count > 5 ? $" Và {mismatches.Count - 5} điểm khác." : string.Empty;
        return Problems.Of(400,
            $"Gói nộp lưu đợt {transfer.Id} không khớp với dữ liệu đã nộp lưu ({mismatches.Count} điểm): {string.Join("; ", named)}.{more}",
            new Dictionary<string, object?> { ["mismatches"] = mismatches, ["report"] = report });
    }

    /// <summary>Every file entry by name; null for an entry that cannot be read (damaged data, bad CRC).</summary>
    /// <remarks>
    /// The system writes packages uncompressed, so what an upload unpacks to is bounded by a small multiple of
    /// its size; reading stops beyond that, so a ZIP bomb cannot fill the memory.
    /// </remarks>
    private static Dictionary<string, byte[]?> ReadEntries(Stream zip)
    {
        var budget = zip.Length * 4 + (16 << 20);
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        var entries = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries.Where(e => !e.FullName.EndsWith('/')))
        {
            try
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                var chunk = new byte[81920];
                int read;
                while ((read = stream.Read(chunk)) > 0)
                {
                    budget -= read;
                    if (budget < 0)
                    {
                        throw new PackageTooLargeException();
                    }
                    copy.Write(chunk, 0, read);
                }
                entries[entry.FullName] = copy.ToArray();
            }
            catch (InvalidDataException)
            {
                entries[entry.FullName] = null;
            }
        }
        return entries;
    }

    private static int? TransferId(byte[] xml)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var id = XDocument.Load(reader).Root?.Element("Id")?.Value;
            return int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static VerificationMismatch Of(PackageMismatch m) => new(m.Entry, m.Problem);

    private sealed class PackageTooLargeException : Exception;
}
