using System.Text;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Core.Text;
using EdocMan.Search.Extraction.Ocr;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace EdocMan.Search.Extraction.Pdf;

/// <summary>
/// Reads a PDF page by page with PdfPig; scanned pages, and pages whose text layer does not read as
/// Vietnamese, are OCR'd.
/// </summary>
/// <remarks>
/// <para>
/// Text comes from <see cref="ContentOrderTextExtractor"/>, which keeps lines apart (<c>page.Text</c>
/// glues "SƠN LA" to the next line's "Số"), and is normalised to NFC because PDFs written with
/// decomposed Vietnamese give the combining marks back as separate letters. Text in the legacy TCVN3 or
/// VNI font encodings is converted to Unicode (<see cref="LegacyEncoding"/>, hinted by the page's main
/// font), so such a layer counts as Vietnamese and is never re-OCR'd.
/// </para>
/// <para>
/// A page with a large image and no usable text layer (see <see cref="TextLayerJudge"/>) is recognised
/// through the shared <see cref="OcrService"/>: the embedded JPEG as is, Flate/CCITT images as PNG,
/// anything else rendered by pdftoppm at 300 dpi (<see cref="PdfPageScan"/>). Pages are OCR'd in parallel,
/// a few ahead of the reader, so memory stays bounded on long scans. A page that times out or cannot
/// be decoded keeps whatever text layer it had and gets a <see cref="ExtractedPage.Note"/>; the document
/// still succeeds. Without an <see cref="OcrService"/> scanned pages come back empty.
/// </para>
/// <para>
/// A corrupt, truncated or password-protected file, or one with more than
/// <see cref="ExtractionOptions.MaxPages"/> pages, throws <see cref="ExtractionFailedException"/> with a
/// Vietnamese reason. Cancellation is honoured between pages and inside OCR. A seekable input is read
/// from its start and its position is restored afterwards.
/// </para>
/// <threadsafety>Thread-safe.</threadsafety>
/// </remarks>
public sealed partial class PdfPigTextExtractor(
    ILogger<PdfPigTextExtractor>? logger = null, OcrService? ocr = null, IOptions<ExtractionOptions>? limits = null)
    : ITextExtractor
{
    // A new instance per document: ParsingOptions is mutable and PdfPig does not promise to leave it alone.
    private static ParsingOptions Parsing => new()
    {
        UseLenientParsing = true,
        // A missing or broken font loses that font's letters instead of the whole document.
        SkipMissingFonts = true,
    };

    private readonly ILogger _logger = logger ?? NullLogger<PdfPigTextExtractor>.Instance;
    private readonly ExtractionOptions _limits = limits?.Value ?? ocr?.Limits ?? new ExtractionOptions();

    /// <inheritdoc />
    public string Name => "pdfpig";

    /// <inheritdoc />
    public int Score(string contentType) => contentType == ContentTypes.Pdf ? 100 : 0;

    /// <inheritdoc />
    /// <remarks>Opens the file, reads the page count and parses the first page. Never throws.</remarks>
    public string? Preflight(Stream content)
    {
        try
        {
            using var view = SeekableContent.Open(content);
            return Check(view);
        }
        catch (Exception ex)
        {
            return "Tệp PDF bị hỏng hoặc không đọc được: không đọc được nội dung tệp (" + ex.GetType().Name + ").";
        }
    }

    /// <inheritdoc />
    public async Task<ExtractedText> ExtractAsync(Stream content, ExtractionRequest request, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        using var view = await SeekableContent.OpenAsync(content, ct).ConfigureAwait(false);
        return await ExtractAsync(view, request, ct).ConfigureAwait(false);
    }

    private string? Check(SeekableContent view)
    {
        if (view.Stream.Length == 0)
        {
            return PdfFailure.Empty;
        }
        try
        {
            using var document = PdfDocument.Open(view.Stream, Parsing);
            if (document.NumberOfPages == 0)
            {
                return PdfFailure.NoPages;
            }
            if (document.NumberOfPages > _limits.MaxPages)
            {
                return ExtractionLimits.TooManyPages(document.NumberOfPages, _limits.MaxPages);
            }
            PdfContentBudget.Check(document, 1, _limits.MaxPageContentBytes);
            _ = document.GetPage(1).Letters.Count;
            return null;
        }
        catch (ExtractionFailedException ex)
        {
            return ex.Message;
        }
        catch (Exception ex)
        {
            return PdfFailure.Describe(ex, view);
        }
    }

    private static PdfDocument Open(SeekableContent view)
    {
        if (view.Stream.Length == 0)
        {
            throw new ExtractionFailedException(PdfFailure.Empty);
        }
        try
        {
            return PdfDocument.Open(view.Stream, Parsing);
        }
        catch (Exception ex)
        {
            throw new ExtractionFailedException(PdfFailure.Describe(ex, view), ex);
        }
    }

    private int CountPages(PdfDocument document, SeekableContent view)
    {
        int count;
        try
        {
            count = document.NumberOfPages;
        }
        catch (Exception ex)
        {
            throw new ExtractionFailedException(PdfFailure.Describe(ex, view), ex);
        }
        if (count > _limits.MaxPages)
        {
            throw new ExtractionFailedException(ExtractionLimits.TooManyPages(count, _limits.MaxPages));
        }
        return count > 0 ? count : throw new ExtractionFailedException(PdfFailure.NoPages);
    }

    private Page ReadPage(PdfDocument document, int number, out string text)
    {
        PdfContentBudget.Check(document, number, _limits.MaxPageContentBytes);
        try
        {
            var page = document.GetPage(number);
            text = page.Letters.Count > 0
                ? ContentOrderTextExtractor.GetText(page).Normalize(NormalizationForm.FormC)
                : string.Empty;
            if (text.Length > 0)
            {
                // TCVN3/VNI fonts give Latin-1 look-alikes ("Céng hoµ"); the page's main font is the best hint.
                var font = page.Letters.GroupBy(l => l.FontName).MaxBy(g => g.Count())?.Key;
                text = LegacyEncoding.TryConvert(text, font).Text;
            }
            return page;
        }
        catch (Exception ex)
        {
            // One unreadable page makes the whole text untrustworthy; the clerk re-saves the file.
            throw new ExtractionFailedException(PdfFailure.PageUnreadable(number, ex), ex);
        }
    }
}
