using System.IO.Compression;
using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;

namespace EdocMan.Search.Extraction.Office;

/// <summary>Reads the text of a Word .docx with DocumentFormat.OpenXml.</summary>
/// <remarks>
/// <para>
/// A .docx has no pages until Word lays it out, so the text is split only at explicit page breaks
/// (<c>w:br w:type="page"</c> and paragraphs marked "page break before"); a document without them is one page.
/// Paragraphs become lines, table cells are separated by tabs and rows by lines. Headers, footers,
/// comments and tracked deletions are left out: they are not the document's content.
/// </para>
/// <para>
/// A zip whose parts are not a Word document, or a damaged one, fails with a Vietnamese reason. A
/// password-protected .docx is not a zip at all (it is an OLE file) and is sniffed as .doc.
/// </para>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
/// </remarks>
public sealed class DocxTextExtractor : ITextExtractor
{
    /// <summary>The reason given for a .docx that cannot be opened.</summary>
    public const string UnreadableReason =
        "Tệp Word (.docx) bị hỏng hoặc không đọc được; hãy mở tệp trên máy, lưu lại rồi tải lên lại.";

    /// <summary>
    /// Most bytes the XML parts of a package may inflate to. Real documents of a thousand pages stay near
    /// 20 MB; a zip bomb (a few hundred KB that inflate to gigabytes) would otherwise be loaded whole into a
    /// DOM, in the upload request (Preflight) and again in the worker.
    /// </summary>
    public const long MaxXmlBytes = 50L << 20;

    /// <summary>The reason given for a package over <see cref="MaxXmlBytes"/>.</summary>
    public const string TooLargeReason =
        "Tệp Word (.docx) có nội dung giải nén quá lớn (hơn 50 MB chữ), có thể là tệp độc hại; hãy kiểm tra lại tệp.";

    /// <inheritdoc />
    public string Name => "openxml";

    /// <inheritdoc />
    /// <remarks>A zip that the sniffer could not place is tried as a .docx too, with a lower score.</remarks>
    public int Score(string contentType) => contentType switch
    {
        ContentTypes.Docx => 100,
        ContentTypes.Zip => 10,
        _ => 0,
    };

    /// <inheritdoc />
    public string? Preflight(Stream content)
    {
        try
        {
            using var view = SeekableContent.Open(content);
            if (!WithinLimit(view.Stream))
            {
                return TooLargeReason;
            }
            using var document = WordprocessingDocument.Open(view.Stream, false);
            return document.MainDocumentPart?.Document?.Body is null ? UnreadableReason : null;
        }
        catch (Exception ex) when (IsDamaged(ex))
        {
            return UnreadableReason;
        }
    }

    /// <inheritdoc />
    public async Task<ExtractedText> ExtractAsync(Stream content, ExtractionRequest request, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        using var view = await SeekableContent.OpenAsync(content, ct).ConfigureAwait(false);
        try
        {
            if (!WithinLimit(view.Stream))
            {
                throw new ExtractionFailedException(TooLargeReason);
            }
            using var document = WordprocessingDocument.Open(view.Stream, false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new ExtractionFailedException(UnreadableReason);
            var pages = Split(body).Select((text, i) => new ExtractedPage(i + 1, text, TextSource.TextLayer)).ToList();
            request.Progress?.Report(new PageProgress(pages.Count, pages.Count));
            return new ExtractedText(pages);
        }
        catch (Exception ex) when (IsDamaged(ex))
        {
            throw new ExtractionFailedException(UnreadableReason, ex);
        }
    }

    /// <summary>
    /// Whether the XML parts inflate to at most <see cref="MaxXmlBytes"/>. The sizes the zip declares are
    /// checked first (cheap), then the parts are actually inflated into a discarding buffer up to the limit:
    /// the declared sizes are written by whoever made the file, and the reader does not hold a Deflate entry to them.
    /// </summary>
    private static bool WithinLimit(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var xml = zip.Entries
                .Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (xml.Sum(e => e.Length) > MaxXmlBytes)
            {
                return false;
            }
            var buffer = new byte[81920];
            long total = 0;
            foreach (var entry in xml)
            {
                using var part = entry.Open();
                int read;
                while ((read = part.Read(buffer)) > 0)
                {
                    total += read;
                    if (total > MaxXmlBytes)
                    {
                        return false;
                    }
                }
            }
            return true;
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private static bool IsDamaged(Exception ex) =>
        ex is OpenXmlPackageException or FileFormatException or InvalidDataException or System.Xml.XmlException
            or InvalidOperationException or IOException;

    private static List<string> Split(Body body)
    {
        var pages = new List<string>();
        var page = new StringBuilder();
        foreach (var block in body.ChildElements)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    if (paragraph.ParagraphProperties?.PageBreakBefore is not null && page.Length > 0)
                    {
                        NewPage(pages, page);
                    }
                    AppendParagraph(paragraph, pages, page);
                    break;
                case Table table:
                    AppendTable(table, page);
                    break;
            }
        }
        NewPage(pages, page);
        return pages.Count > 0 ? pages : [string.Empty];
    }

    private static void AppendParagraph(Paragraph paragraph, List<string> pages, StringBuilder page)
    {
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text text when text.Parent?.Parent is not DeletedRun:
                    page.Append(text.Text);
                    break;
                case TabChar:
                    page.Append('\t');
                    break;
                case Break { Type.Value: var type } when type == BreakValues.Page:
                    NewPage(pages, page);
                    break;
                case Break or CarriageReturn:
                    page.Append('\n');
                    break;
            }
        }
        page.Append('\n');
    }

    private static void AppendTable(Table table, StringBuilder page)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = row.Elements<TableCell>()
                .Select(cell => string.Join(' ', cell.Elements<Paragraph>().Select(p => p.InnerText)).Trim());
            page.Append(string.Join('\t', cells)).Append('\n');
        }
    }

    private static void NewPage(List<string> pages, StringBuilder page)
    {
        var text = page.ToString().Trim('\n');
        if (text.Length > 0)
        {
            pages.Add(text);
        }
        page.Clear();
    }
}
