using System.Xml.Linq;
using EdocMan.Search.Core.Archive;

namespace EdocMan.Search.Core.Tests.Archive;

public sealed class CaseFileMetadataXmlTests
{
    private static readonly CaseFileMetadata File = new(
        "000.00.12.H51", 2024, "01.TCCB", "Hồ sơ tuyển dụng công chức năm 2024", "Vĩnh viễn", "Hạn chế", "Vũ Minh Tuấn",
        "Tiếng Việt", new DateOnly(2024, 2, 1), new DateOnly(2024, 12, 31), 2, 5, null,
        [
            new DocumentMetadata(1, "Quyết định", "31", "2014/QĐ-UBND", new DateOnly(2024, 2, 1), "UBND tỉnh Sơn La", "Ban hành quy chế", "Tiếng Việt", 3, null, "Cầm Ngọc Minh", new string('a', 64)),
            new DocumentMetadata(2, "Báo cáo", "12", "BC-SGTVT", new DateOnly(2024, 12, 30), "Sở Giao thông vận tải", "Báo cáo kết quả", "Tiếng Việt", 2, "Bản chính", null, new string('b', 64)),
        ]);

    [Fact]
    public void Writes_the_annex_VI_fields_of_the_file_and_of_each_document()
    {
        var xml = XDocument.Parse(CaseFileMetadataXml.Write(File));
        var root = xml.Root!;
        Assert.Equal("File", root.Name.LocalName);
        Assert.Equal("000.00.12.H51", root.Element("FileCode")!.Element("OrganId")!.Value);
        Assert.Equal("2024", root.Element("FileCode")!.Element("FileCatalog")!.Value);
        Assert.Equal("01.TCCB", root.Element("FileCode")!.Element("FileNotation")!.Value);
        foreach (var field in new[] { "Title", "Maintenance", "Rights", "Creator", "Language", "StartDate", "EndDate", "DocTotal", "PageTotal", "Description" })
        {
            Assert.NotNull(root.Element(field));
        }
        Assert.Equal("2024-12-31", root.Element("EndDate")!.Value);
        var documents = root.Element("Documents")!.Elements("Document").ToList();
        Assert.Equal(2, documents.Count);
        Assert.Equal("2014/QĐ-UBND", documents[0].Element("CodeNotation")!.Value);
        Assert.Equal("01.TCCB", documents[1].Element("FileCode")!.Element("FileNotation")!.Value);
        Assert.Equal("Cầm Ngọc Minh", documents[0].Element("SignerInfo")!.Element("FullName")!.Value);
    }

    [Fact]
    public void The_same_metadata_has_no_difference_and_a_changed_field_is_named()
    {
        var expected = CaseFileMetadataXml.Write(File);
        Assert.Empty(CaseFileMetadataXml.Diff(expected, expected));
        var changed = CaseFileMetadataXml.Write(File with { Documents = [File.Documents[0], File.Documents[1] with { Subject = "Báo cáo đã sửa" }] });
        var difference = Assert.Single(CaseFileMetadataXml.Diff(expected, changed));
        Assert.Contains("File/Documents/Document[2]/Subject", difference);
        Assert.Contains("Báo cáo đã sửa", difference);
    }

    [Fact]
    public void Broken_or_entity_laden_xml_is_one_readable_difference()
    {
        var expected = CaseFileMetadataXml.Write(File);
        Assert.Contains("không đọc được", Assert.Single(CaseFileMetadataXml.Diff(expected, expected[..^20])));
        const string bomb = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><File>&a;</File>";
        Assert.Contains("không đọc được", Assert.Single(CaseFileMetadataXml.Diff(expected, bomb)));
    }

    [Theory]
    [InlineData("31/2014/QĐ-UBND", "31", "2014/QĐ-UBND")]
    [InlineData("12/UBND-VX", "12", "UBND-VX")]
    [InlineData("Công văn", null, "Công văn")]
    public void Splits_the_number_from_the_notation(string input, string? number, string? notation)
    {
        Assert.Equal((number, notation), DocumentMetadata.SplitNumber(input));
    }
}
