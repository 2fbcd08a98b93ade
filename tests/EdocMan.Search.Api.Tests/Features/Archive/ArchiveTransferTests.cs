using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using EdocMan.Search.Api.Features.Archive;
using EdocMan.Search.Core.CaseFiles;
using UglyToad.PdfPig;
using static EdocMan.Search.Api.Tests.Features.Archive.CaseFileExportTests;

namespace EdocMan.Search.Api.Tests.Features.Archive;

/// <summary>
/// Closed files become due for the agency archive around the year boundary, are transferred with their list,
/// handover record and package, and the package verifies, or names what was changed in it.
/// </summary>
public sealed class ArchiveTransferTests(ArchiveApiFactory factory) : IClassFixture<ArchiveApiFactory>
{
    [Fact]
    public async Task Files_closed_either_side_of_new_year_fall_due_a_year_apart_and_are_transferred_with_a_verifiable_package()
    {
        factory.Clock.SetVietnamTime(2025, 12, 15);
        var clerk = await factory.SignedInClientAsync("hanhlt");
        var decision = await ArchiveApiFactory.UploadAsync(clerk, "vpubnd", "Quyết định phê duyệt kế hoạch tuyển dụng công chức", "21/QĐ-VPUB", "di", new DateOnly(2024, 3, 5), pdf: true);
        var report = await ArchiveApiFactory.UploadAsync(clerk, "vpubnd", "Báo cáo kết quả tuyển dụng công chức năm 2024", "45/BC-SNV", "den", new DateOnly(2024, 12, 30), pdf: false, type: "BC");
        var plan = await ArchiveApiFactory.UploadAsync(clerk, "vpubnd", "Kế hoạch cải cách hành chính năm 2025", "03/KH-VPUB", "noibo", new DateOnly(2025, 1, 1), pdf: false, type: "KH");
        var ended2024 = await factory.CreateFileAsync("vpubnd", "longnd", "01.TCCB", "Hồ sơ tuyển dụng công chức năm 2024", new DateOnly(2024, 3, 1),
            new DateOnly(2024, 12, 31), 10, CaseFileStatus.Closed, [report, decision], description: "Hồ sơ gốc lưu tại Phòng Hành chính - Tổ chức");
        var ended2025 = await factory.CreateFileAsync("vpubnd", "longnd", "02.CCHC", "Hồ sơ cải cách hành chính năm 2025", new DateOnly(2025, 1, 1),
            new DateOnly(2025, 1, 1), null, CaseFileStatus.Closed, [plan]);
        var shortLived = await factory.CreateFileAsync("vpubnd", "longnd", "03.VP", "Hồ sơ giấy mời họp năm 2024", new DateOnly(2024, 2, 1),
            new DateOnly(2024, 6, 30), 2, CaseFileStatus.Closed, []);
        var open = await factory.CreateFileAsync("vpubnd", "longnd", "04.VP", "Hồ sơ đang lập", new DateOnly(2024, 2, 1), null, 10, CaseFileStatus.Open, []);

        // 15/12/2025: the file ended 31/12/2024 is 16 days from its deadline; the one ended 01/01/2025 is not due yet.
        var archivist = await factory.SignedInClientAsync("huybq");
        var due = await DueAsync(archivist);
        var warned = Assert.Single(due.Files);
        Assert.Equal((ended2024, "Warning", new DateOnly(2025, 12, 31), 16), (warned.Id, warned.State, warned.Deadline, warned.DaysLeft));
        Assert.Equal((0, 1, 0), (due.Overdue, due.Warning, due.Due));
        await AssertProblemAsync(await CreateAsync(archivist, ended2025), HttpStatusCode.BadRequest, "chưa đến hạn");
        await AssertProblemAsync(await CreateAsync(archivist, shortLived), HttpStatusCode.BadRequest, "dưới 5 năm");
        await AssertProblemAsync(await CreateAsync(archivist, open), HttpStatusCode.BadRequest, "chưa đóng");
        await AssertProblemAsync(await archivist.PostAsJsonAsync("/vpubnd/api/archive/transfers", new CreateTransferRequest([ended2024], " ", "Phòng HCTC")),
            HttpStatusCode.BadRequest, "tên khối tài liệu");

        // 01/01/2026: the first is overdue, the second has become due.
        factory.Clock.SetVietnamTime(2026, 1, 1, hour: 8);
        archivist = await factory.SignedInClientAsync("huybq");
        due = await DueAsync(archivist);
        Assert.Equal([(ended2024, "Overdue"), (ended2025, "Due")], due.Files.Select(f => (f.Id, f.State)));
        Assert.Equal((1, 0, 1), (due.Overdue, due.Warning, due.Due));

        var created = await CreateAsync(archivist, ended2024, ended2025);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var transfer = (await created.Content.ReadFromJsonAsync<TransferResponse>())!;
        Assert.Equal((2, 3, "Đã nộp lưu"), (transfer.FileCount, transfer.DocumentCount, transfer.Files[0].Status));
        Assert.Equal(["01.TCCB", "02.CCHC"], transfer.Files.Select(f => f.Code));
        Assert.Equal("01/03/2024 – 01/01/2025", transfer.DateRange);
        Assert.Equal(["10 năm", "Vĩnh viễn"], transfer.Files.Select(f => f.Retention));
        Assert.NotNull(transfer.PackageSha256);
        Assert.Equal(CaseFileStatus.Transferred, (await factory.FileAsync(ended2024)).Status);
        Assert.Empty((await DueAsync(archivist)).Files);
        await AssertProblemAsync(await CreateAsync(archivist, ended2024), HttpStatusCode.Conflict, "đã được nộp lưu");

        var listed = await archivist.GetFromJsonAsync<List<TransferSummary>>("/vpubnd/api/archive/transfers");
        Assert.Equal(transfer.Id, Assert.Single(listed!).Id);
        var list = await PdfTextAsync(archivist, $"/vpubnd/api/archive/transfers/{transfer.Id}/list.pdf");
        foreach (var expected in new[] { "MỤC LỤC HỒ SƠ, TÀI LIỆU NỘP LƯU", "Số, ký hiệu hồ sơ", "Tiêu đề hồ sơ", "Thời gian tài liệu", "Thời hạn bảo quản",
                     "Số tờ / trang", "Hồ sơ tuyển dụng công chức năm 2024", "Hồ sơ cải cách hành chính năm 2025", "Vĩnh viễn", "Hồ sơ năm 2024 của Văn phòng" })
        {
            Assert.Contains(Squash(expected), list);
        }
        var handover = await PdfTextAsync(archivist, $"/vpubnd/api/archive/transfers/{transfer.Id}/handover.pdf");
        foreach (var expected in new[] { "BIÊN BẢN", "Về việc giao nhận tài liệu", "Căn cứ", "Bên giao: Phòng Hành chính - Tổ chức", "Bên nhận:",
                     "Tên khối tài liệu giao nộp: Hồ sơ năm 2024 của Văn phòng", "01/03/2024 – 01/01/2025", "2 hồ sơ điện tử", "4 tệp dữ liệu",
                     "Tình trạng tài liệu giao nộp", transfer.PackageSha256! })
        {
            Assert.Contains(Squash(expected), handover);
        }

        // The package: the recorded hash, every file's PDF and XML, and a manifest that matches every entry.
        var package = await archivist.GetByteArrayAsync($"/vpubnd/api/archive/transfers/{transfer.Id}/package.zip");
        Assert.Equal(transfer.PackageSha256, Convert.ToHexStringLower(SHA256.HashData(package)));
        var xmlEntry = AssertPackageContents(package, ended2024, ended2025);
        var ok = await VerifyAsync(archivist, package);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var okReport = (await ok.Content.ReadFromJsonAsync<VerificationReport>())!;
        Assert.True(okReport.Ok);
        Assert.Equal((transfer.Id, 2), (okReport.TransferId, okReport.FilesChecked));

        // One byte changed inside the first file's XML: the verification names that entry.
        var tampered = (byte[])package.Clone();
        var marker = Encoding.UTF8.GetBytes("Hồ sơ gốc lưu tại");
        var at = tampered.AsSpan().IndexOf(marker);
        Assert.True(at > 0);
        tampered[at + marker.Length - 1] = (byte)'X';
        var failed = await VerifyAsync(archivist, tampered);
        var detail = await AssertProblemAsync(failed, HttpStatusCode.BadRequest, "không khớp");
        Assert.Contains(xmlEntry, detail);

        // A careful forger rewrites the XML and its manifest line: the package hash and the database still disagree.
        var forged = Repack(package, xmlEntry, xml => xml.Replace("Phòng Hành chính - Tổ chức</Description>", "Phòng Tài chính</Description>", StringComparison.Ordinal));
        var caught = await AssertProblemAsync(await VerifyAsync(archivist, forged), HttpStatusCode.BadRequest, "không khớp");
        Assert.Contains("cả gói", caught);
        Assert.Contains("File/Description", caught);
        Assert.Contains("Phòng Tài chính", caught);
    }

    /// <summary>The package with one entry's text changed and the manifest rewritten to match it.</summary>
    private static byte[] Repack(byte[] package, string entryName, Func<string, string> change)
    {
        using var source = new ZipArchive(new MemoryStream(package));
        var entries = source.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var copy = new MemoryStream();
            e.Open().CopyTo(copy);
            return copy.ToArray();
        });
        entries[entryName] = Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(entries[entryName])));
        entries["manifest-sha256.txt"] = Encoding.UTF8.GetBytes(string.Concat(entries.Where(e => e.Key != "manifest-sha256.txt")
            .OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{Convert.ToHexStringLower(SHA256.HashData(e.Value))}  {e.Key}\n")));
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(bytes);
            }
        }
        return output.ToArray();
    }

    [Fact]
    public async Task Only_archivists_leaders_and_agency_admins_work_the_archive_and_only_their_own()
    {
        factory.Clock.SetVietnamTime(2026, 2, 1);
        foreach (var username in new[] { "tuanvm", "binhhv", "hanhlt" })
        {
            var client = await factory.SignedInClientAsync(username);
            var agency = username == "hanhlt" ? "vpubnd" : "gtvt";
            foreach (var url in new[] { "archive/due", "archive/transfers", "archive/transfers/1", "archive/transfers/1/list.pdf",
                         "archive/transfers/1/handover.pdf", "archive/transfers/1/package.zip" })
            {
                await AssertProblemAsync(await client.GetAsync($"/{agency}/api/{url}"), HttpStatusCode.Forbidden, "lưu trữ");
            }
            await AssertProblemAsync(await client.PostAsJsonAsync($"/{agency}/api/archive/transfers", new CreateTransferRequest([1], "Khối", "Bên giao")),
                HttpStatusCode.Forbidden, "lưu trữ");
            await AssertProblemAsync(await VerifyAsync(client, [1, 2, 3], agency), HttpStatusCode.Forbidden, "lưu trữ");
        }
        var leader = await factory.SignedInClientAsync("thupt");
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/gtvt/api/archive/due")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.GetAsync("/vpubnd/api/archive/due")).StatusCode);
        var admin = await factory.SignedInClientAsync("mailt");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/tttt/api/archive/due")).StatusCode);

        // A file or transfer of another agency is not found from one's own routes (open, so it stays out of the other test's due list).
        var otherFile = await factory.CreateFileAsync("vpubnd", "longnd", "09.VP", "Hồ sơ của đơn vị khác", new DateOnly(2024, 1, 2),
            null, 10, CaseFileStatus.Open, []);
        await AssertProblemAsync(await leader.PostAsJsonAsync("/gtvt/api/archive/transfers", new CreateTransferRequest([otherFile], "Khối", "Bên giao")),
            HttpStatusCode.NotFound, "Không tìm thấy hồ sơ");
        await AssertProblemAsync(await leader.PostAsJsonAsync("/gtvt/api/archive/transfers", new CreateTransferRequest([0], "Khối", "Bên giao")),
            HttpStatusCode.NotFound, "mã số 0");
        await AssertProblemAsync(await leader.PostAsJsonAsync("/gtvt/api/archive/transfers", new CreateTransferRequest(null, "Khối", "Bên giao")),
            HttpStatusCode.BadRequest, "ít nhất một hồ sơ");
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync("/gtvt/api/archive/transfers/999999/list.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/gtvt/api/case-files/{otherFile}/export.xml")).StatusCode);
        await AssertProblemAsync(await VerifyAsync(leader, [1, 2, 3], "gtvt"), HttpStatusCode.BadRequest, "ZIP");
    }

    private static string AssertPackageContents(byte[] package, params int[] files)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("manifest-sha256.txt", names);
        Assert.Contains("nop-luu.xml", names);
        Assert.Contains("muc-luc-ho-so-nop-luu.pdf", names);
        Assert.Contains("bien-ban-giao-nhan.pdf", names);
        var manifest = new StreamReader(zip.GetEntry("manifest-sha256.txt")!.Open()).ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).ToDictionary(l => l[66..], l => l[..64]);
        Assert.Equal(names.Count - 1, manifest.Count);
        foreach (var entry in zip.Entries.Where(e => e.FullName != "manifest-sha256.txt"))
        {
            using var stream = entry.Open();
            Assert.Equal(manifest[entry.FullName], Convert.ToHexStringLower(SHA256.HashData(stream)));
        }
        var xmlEntry = names.Single(n => n.EndsWith($"-{files[0]}/ho-so.xml", StringComparison.Ordinal));
        Assert.StartsWith("ho-so/2024-01.TCCB-", xmlEntry);
        foreach (var id in files)
        {
            Assert.Contains(names, n => n.EndsWith($"-{id}/ho-so.pdf", StringComparison.Ordinal));
            var pdfEntry = zip.Entries.Single(e => e.FullName.EndsWith($"-{id}/ho-so.pdf", StringComparison.Ordinal));
            using var copy = new MemoryStream();
            pdfEntry.Open().CopyTo(copy);
            using var pdf = PdfDocument.Open(copy.ToArray());
            Assert.Contains(Squash("MỤC LỤC VĂN BẢN"), Squash(pdf.GetPage(1).Text));
            Assert.Contains(Squash("Đã nộp lưu"), Squash(pdf.GetPage(1).Text));
        }
        var xml = XDocument.Load(zip.GetEntry(xmlEntry)!.Open()).Root!;
        Assert.Equal("2", xml.Element("DocTotal")!.Value);
        Assert.Equal("Hồ sơ gốc lưu tại Phòng Hành chính - Tổ chức", xml.Element("Description")!.Value);
        return xmlEntry;
    }

    private static async Task<DueFilesResponse> DueAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<DueFilesResponse>("/vpubnd/api/archive/due"))!;

    private static Task<HttpResponseMessage> CreateAsync(HttpClient client, params int[] ids) =>
        client.PostAsJsonAsync("/vpubnd/api/archive/transfers", new CreateTransferRequest(ids, "Hồ sơ năm 2024 của Văn phòng", "Phòng Hành chính - Tổ chức"));

    private static async Task<HttpResponseMessage> VerifyAsync(HttpClient client, byte[] package, string agency = "vpubnd")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(package);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        form.Add(file, "file", "goi.zip");
        return await client.PostAsync($"/{agency}/api/archive/verify", form);
    }

    private static async Task<string> PdfTextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return Squash(string.Concat(pdf.GetPages().Select(p => p.Text)));
    }

    private static async Task<string> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string contains)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!;
        Assert.Contains(contains, detail, StringComparison.OrdinalIgnoreCase);
        return detail;
    }
}
