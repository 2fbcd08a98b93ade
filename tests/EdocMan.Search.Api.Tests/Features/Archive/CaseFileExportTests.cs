using System.Net;
using System.Text;
using System.Xml.Linq;
using EdocMan.Search.Core.CaseFiles;
using UglyToad.PdfPig;

namespace EdocMan.Search.Api.Tests.Features.Archive;

/// <summary>Export of one case file as PDF and XML, with who may export it and which documents they see in it.</summary>
public sealed class CaseFileExportTests(ArchiveApiFactory factory) : IClassFixture<ArchiveApiFactory>
{
    private const string OutgoingTitle = "Quyết định thành lập Tổ công tác chuyển đổi số";
    private const string IncomingTitle = "Báo cáo tình hình bảo đảm trật tự an toàn giao thông quý I";

    [Fact]
    public async Task The_pdf_lists_the_documents_then_holds_them_in_date_order()
    {
        factory.Clock.SetVietnamTime(2025, 6, 1);
        var (fileId, _, _) = await FileWithTwoDocumentsAsync("01.KHCN");
        var leader = await factory.SignedInClientAsync("thupt");

        var response = await leader.GetAsync($"/gtvt/api/case-files/{fileId}/export.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var list = Squash(pdf.GetPage(1).Text);
        foreach (var expected in new[] { "MỤC LỤC VĂN BẢN", "Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung văn bản",
                     "Tác giả văn bản", "Tờ số / trang", "Ghi chú", "Hồ sơ chuyển đổi số năm 2025", "Sở Giao thông vận tải",
                     "12/BC-CSGT", "15/QĐ-SGTVT", "15/01/2025", "02/03/2025", IncomingTitle, OutgoingTitle })
        {
            Assert.Contains(Squash(expected), list);
        }
        // Date order: the incoming report of January before the outgoing decision of March, in the list and after it.
        Assert.True(list.IndexOf(Squash("12/BC-CSGT"), StringComparison.Ordinal) < list.IndexOf(Squash("15/QĐ-SGTVT"), StringComparison.Ordinal));
        var pages = pdf.GetPages().Select(p => Squash(p.Text)).ToList();
        var incoming = pages.FindIndex(p => p.Contains(Squash(IncomingTitle.ToUpperInvariant()), StringComparison.Ordinal));
        var outgoing = pages.FindIndex(p => p.Contains(Squash(OutgoingTitle.ToUpperInvariant()), StringComparison.Ordinal));
        Assert.True(incoming > 0 && outgoing > incoming, $"incoming on page {incoming + 1}, outgoing on page {outgoing + 1}");
        Assert.Equal(outgoing + 1, pdf.NumberOfPages);
    }

    [Fact]
    public async Task The_xml_carries_the_annex_VI_fields_of_the_file_and_its_documents()
    {
        factory.Clock.SetVietnamTime(2025, 6, 1);
        var (fileId, _, _) = await FileWithTwoDocumentsAsync("02.KHCN");
        var leader = await factory.SignedInClientAsync("thupt");

        var response = await leader.GetAsync($"/gtvt/api/case-files/{fileId}/export.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal("2025", root.Element("FileCode")!.Element("FileCatalog")!.Value);
        Assert.Equal("02.KHCN", root.Element("FileCode")!.Element("FileNotation")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(root.Element("FileCode")!.Element("OrganId")!.Value));
        Assert.Equal("Hồ sơ chuyển đổi số năm 2025", root.Element("Title")!.Value);
        Assert.Equal("10 năm", root.Element("Maintenance")!.Value);
        Assert.Equal("Hạn chế", root.Element("Rights")!.Value);
        Assert.Equal("Tiếng Việt", root.Element("Language")!.Value);
        Assert.Equal("2025-01-10", root.Element("StartDate")!.Value);
        Assert.Equal("2025-05-30", root.Element("EndDate")!.Value);
        Assert.Equal("2", root.Element("DocTotal")!.Value);
        Assert.True(int.Parse(root.Element("PageTotal")!.Value) >= 2);
        Assert.NotNull(root.Element("Creator"));
        Assert.NotNull(root.Element("Description"));
        var documents = root.Element("Documents")!.Elements("Document").ToList();
        Assert.Equal(["1", "2"], documents.Select(d => d.Element("DocOrdinal")!.Value));
        Assert.Equal(["12", "15"], documents.Select(d => d.Element("CodeNumber")!.Value));
        Assert.Equal(["BC-CSGT", "QĐ-SGTVT"], documents.Select(d => d.Element("CodeNotation")!.Value));
        Assert.Equal(["2025-01-15", "2025-03-02"], documents.Select(d => d.Element("IssuedDate")!.Value));
        Assert.Equal([IncomingTitle, OutgoingTitle], documents.Select(d => d.Element("Subject")!.Value));
        Assert.Equal(["Báo cáo", "Quyết định"], documents.Select(d => d.Element("TypeName")!.Value));
        Assert.All(documents, d => Assert.Equal("02.KHCN", d.Element("FileCode")!.Element("FileNotation")!.Value));
        Assert.All(documents, d => Assert.Equal(64, d.Element("Sha256")!.Value.Length));
    }

    [Fact]
    public async Task Only_the_agency_wide_roles_owner_and_shares_export_and_they_see_only_their_documents()
    {
        factory.Clock.SetVietnamTime(2025, 6, 1);
        var (fileId, _, _) = await FileWithTwoDocumentsAsync("03.KHCN");
        var specialist = await factory.SignedInClientAsync("tuanvm");
        var otherAgency = await factory.SignedInClientAsync("chiennv");

        // Neither owner nor shared: the file does not exist for the specialist; another agency's file is not found in its own routes.
        Assert.Equal(HttpStatusCode.NotFound, (await specialist.GetAsync($"/gtvt/api/case-files/{fileId}/export.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAgency.GetAsync($"/tttt/api/case-files/{fileId}/export.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherAgency.GetAsync($"/gtvt/api/case-files/{fileId}/export.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await specialist.GetAsync("/gtvt/api/case-files/999999/export.pdf")).StatusCode);

        // Shared with the specialist: the file opens, but the incoming report was never assigned to them and stays out.
        await factory.ShareAsync(fileId, "tuanvm");
        var xml = XDocument.Parse(await specialist.GetStringAsync($"/gtvt/api/case-files/{fileId}/export.xml")).Root!;
        Assert.Equal("1", xml.Element("DocTotal")!.Value);
        Assert.Equal(OutgoingTitle, Assert.Single(xml.Element("Documents")!.Elements("Document")).Element("Subject")!.Value);
        using var pdf = PdfDocument.Open(await specialist.GetByteArrayAsync($"/gtvt/api/case-files/{fileId}/export.pdf"));
        var all = Squash(string.Concat(pdf.GetPages().Select(p => p.Text)));
        Assert.DoesNotContain(Squash("12/BC-CSGT"), all);
        Assert.Contains(Squash("15/QĐ-SGTVT"), all);
    }

    [Fact]
    public async Task An_open_file_without_documents_exports_an_empty_list_and_the_system_admin_reads_no_files()
    {
        factory.Clock.SetVietnamTime(2025, 6, 1);
        var fileId = await factory.CreateFileAsync("gtvt", "tuanvm", "04.KHCN", "Hồ sơ mới mở", new DateOnly(2025, 5, 20), null, null, CaseFileStatus.Open, []);
        var owner = await factory.SignedInClientAsync("tuanvm");

        using (var pdf = PdfDocument.Open(await owner.GetByteArrayAsync($"/gtvt/api/case-files/{fileId}/export.pdf")))
        {
            Assert.Equal(1, pdf.NumberOfPages);
            var text = Squash(pdf.GetPage(1).Text);
            Assert.Contains(Squash("Hồ sơ mới mở"), text);
            Assert.Contains(Squash("20/05/2025 – nay"), text);
            Assert.Contains(Squash("Vĩnh viễn"), text);
            Assert.Contains(Squash("Tổng số: 0 văn bản, 0 trang."), text);
        }
        var xml = XDocument.Parse(await owner.GetStringAsync($"/gtvt/api/case-files/{fileId}/export.xml")).Root!;
        Assert.Equal(("0", "", "Vĩnh viễn"), (xml.Element("DocTotal")!.Value, xml.Element("EndDate")!.Value, xml.Element("Maintenance")!.Value));
        Assert.Empty(xml.Element("Documents")!.Elements());

        // The province's system admin may enter the agency's routes to administer it, but reads no file and works no archive there.
        var systemAdmin = await factory.SignedInClientAsync("khanhdv");
        Assert.Equal(HttpStatusCode.NotFound, (await systemAdmin.GetAsync($"/gtvt/api/case-files/{fileId}/export.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await systemAdmin.GetAsync("/gtvt/api/archive/due")).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_export_and_archive_endpoints()
    {
        var json = await factory.CreateClient().GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/{agency}/api/case-files/{id}/export.pdf", "/{agency}/api/case-files/{id}/export.xml", "/{agency}/api/archive/due",
                     "/{agency}/api/archive/transfers", "/{agency}/api/archive/transfers/{id}/package.zip", "/{agency}/api/archive/verify" })
        {
            Assert.Contains(path, json);
        }
    }

    private async Task<(int FileId, Guid Incoming, Guid Outgoing)> FileWithTwoDocumentsAsync(string code)
    {
        var clerk = await factory.SignedInClientAsync("binhhv");
        // Uploaded in the opposite of date order, so the export's order comes from the dates.
        var outgoing = await ArchiveApiFactory.UploadAsync(clerk, "gtvt", OutgoingTitle, "15/QĐ-SGTVT", "di", new DateOnly(2025, 3, 2), pdf: true);
        var incoming = await ArchiveApiFactory.UploadAsync(clerk, "gtvt", IncomingTitle, "12/BC-CSGT", "den", new DateOnly(2025, 1, 15), pdf: false, type: "BC");
        var fileId = await factory.CreateFileAsync("gtvt", "thupt", code, "Hồ sơ chuyển đổi số năm 2025", new DateOnly(2025, 1, 10),
            new DateOnly(2025, 5, 30), 10, CaseFileStatus.Closed, [outgoing, incoming]);
        return (fileId, incoming, outgoing);
    }

    internal static string Squash(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormC).Where(c => !char.IsWhiteSpace(c)));
}
