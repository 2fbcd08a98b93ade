using System.Text;
using EdocMan.Search.Core.Ingestion;

namespace EdocMan.Search.Core.Tests.Ingestion;

public sealed class ContentSnifferTests
{
    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, ContentTypes.Pdf)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, ContentTypes.Png)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0 }, ContentTypes.Jpeg)]
    [InlineData(new byte[] { 0x49, 0x49, 0x2A, 0x00, 8, 0 }, ContentTypes.Tiff)]
    [InlineData(new byte[] { 0x4D, 0x4D, 0x00, 0x2A, 0, 8 }, ContentTypes.Tiff)]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0 }, ContentTypes.Doc)]
    [InlineData(new byte[] { 0, 1, 2, 3, 4, 5 }, ContentTypes.Unknown)]
    [InlineData(new byte[0], ContentTypes.Unknown)]
    public void Magic_bytes_decide_the_type(byte[] head, string expected) =>
        Assert.Equal(expected, ContentSniffer.Sniff(head));

    [Fact]
    public void A_pdf_header_after_some_junk_is_still_a_pdf() =>
        Assert.Equal(ContentTypes.Pdf, ContentSniffer.Sniff("\r\n\r\n%PDF-1.4\n"u8));

    [Fact]
    public void Utf8_Vietnamese_text_is_plain_text_even_when_the_head_cuts_a_character()
    {
        var bytes = Encoding.UTF8.GetBytes("Cộng hòa xã hội chủ nghĩa Việt Nam");
        Assert.Equal(ContentTypes.PlainText, ContentSniffer.Sniff(bytes));
        Assert.Equal(ContentTypes.PlainText, ContentSniffer.Sniff(bytes.AsSpan(0, 5)));
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_plain_text()
    {
        Assert.Equal(ContentTypes.PlainText, ContentSniffer.Sniff(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Văn bản")).ToArray()));
        Assert.Equal(ContentTypes.PlainText, ContentSniffer.Sniff(Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("Văn bản")).ToArray()));
    }

    [Fact]
    public void Legacy_8bit_text_is_plain_text() =>
        Assert.Equal(ContentTypes.PlainText, ContentSniffer.Sniff(Encoding.Latin1.GetBytes("Céng hßa x· héi chñ nghÜa")));

    [Fact]
    public void A_docx_zip_is_recognised_by_its_parts() =>
        Assert.Equal(ContentTypes.Docx, ContentSniffer.Sniff("PK\u0003\u0004....[Content_Types].xml"u8));

    [Theory]
    [InlineData("to-trinh.PDF", ContentTypes.Pdf)]
    [InlineData("scan.jpeg", ContentTypes.Jpeg)]
    [InlineData("ghi-chu.txt", ContentTypes.PlainText)]
    public void Known_extensions_promise_a_type(string name, string type) =>
        Assert.Contains(type, ContentTypes.ExpectedFor(name)!);

    [Fact]
    public void Unknown_extensions_promise_nothing() => Assert.Null(ContentTypes.ExpectedFor("du-lieu.xyz"));
}
