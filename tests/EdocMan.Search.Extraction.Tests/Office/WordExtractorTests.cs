using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Extraction.Office;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Extraction.Tests.Office;

/// <summary>Word documents: .docx through OpenXml, the older .doc through catdoc.</summary>
public sealed class WordExtractorTests
{
    private static readonly ExtractionRequest DocxRequest = new(ContentTypes.Docx, "cong-van.docx");
    private static readonly ExtractionRequest DocRequest = new(ContentTypes.Doc, "quyet-dinh.doc");

    [Fact]
    public async Task A_docx_gives_its_paragraphs_and_tables_split_at_page_breaks()
    {
        var docx = Docx(body =>
        {
            body.Append(Paragraph("ỦY BAN NHÂN DÂN TỈNH SƠN LA"), Paragraph("Số: 31/2014/QĐ-UBND"));
            body.Append(new Table(new TableRow(Cell("Nơi nhận"), Cell("Như Điều 3"))));
            body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            body.Append(Paragraph("Điều 2. Quyết định có hiệu lực kể từ ngày ký."));
        });

        var text = await new DocxTextExtractor().ExtractAsync(new MemoryStream(docx), DocxRequest, CancellationToken.None);

        Assert.Equal(2, text.Pages.Count);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 31/2014/QĐ-UBND\nNơi nhận\tNhư Điều 3", text.Pages[0].Text);
        Assert.Equal("Điều 2. Quyết định có hiệu lực kể từ ngày ký.", text.Pages[1].Text);
        Assert.All(text.Pages, p => Assert.Equal(TextSource.TextLayer, p.Source));
        Assert.Null(new DocxTextExtractor().Preflight(new MemoryStream(docx)));
    }

    public static TheoryData<string, byte[]> BrokenDocx() => new()
    {
        { "truncated", Docx(b => b.Append(Paragraph("Quyết định")))[..300] },
        { "a zip without Word parts", ZipWithOneFile() },
        { "random bytes", PdfFactory.HeaderThenGarbage() },
    };

    [Theory]
    [MemberData(nameof(BrokenDocx))]
    public async Task A_broken_docx_fails_with_a_Vietnamese_reason(string description, byte[] bytes)
    {
        var extractor = new DocxTextExtractor();

        var error = await Assert.ThrowsAsync<ExtractionFailedException>(
            () => extractor.ExtractAsync(new MemoryStream(bytes), DocxRequest, CancellationToken.None));

        Assert.Equal(DocxTextExtractor.UnreadableReason, error.Message);
        Assert.Equal(DocxTextExtractor.UnreadableReason, extractor.Preflight(new MemoryStream(bytes)));
        Assert.NotEmpty(description);
    }

    [Fact]
    public async Task An_old_Word_doc_is_read_by_catdoc_with_every_Vietnamese_letter()
    {
        var doc = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "quyet-dinh-31.doc"));
        Assert.Equal(ContentTypes.Doc, ContentSniffer.Sniff(doc));

        var text = await new WordDocExtractor().ExtractAsync(new MemoryStream(doc), DocRequest, CancellationToken.None);

        var page = Assert.Single(text.Pages);
        Assert.StartsWith("ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 31/2014/QĐ-UBND\nSơn La, ngày 13 tháng 11 năm 2014", page.Text);
        Assert.Contains("Điều 1. Đơn vị phải bảo đảm đường truyền, lưu trữ và bồi dưỡng cán bộ sử dụng thành thạo.", page.Text);
    }

    [Fact]
    public async Task A_doc_with_only_the_OLE_signature_fails_with_a_reason()
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);

        var error = await Assert.ThrowsAsync<ExtractionFailedException>(
            () => new WordDocExtractor().ExtractAsync(new MemoryStream(bytes), DocRequest, CancellationToken.None));

        Assert.Equal(WordDocExtractor.UnreadableReason, error.Message);
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text)));

    private static TableCell Cell(string text) => new(Paragraph(text));

    private static byte[] Docx(Action<Body> fill)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body());
            fill(main.Document.Body!);
        }
        return stream.ToArray();
    }

    private static byte[] ZipWithOneFile()
    {
        var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("ghi-chu.txt").Open());
            writer.Write("không phải Word");
        }
        return stream.ToArray();
    }
}
