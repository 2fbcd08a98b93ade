using System.Text;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace EdocMan.Search.Extraction.Pdf;

/// <summary>
/// Reads the text layer of a PDF, page by page, with PdfPig.
/// </summary>
/// <remarks>
/// <para>
/// Text comes from <see cref="ContentOrderTextExtractor"/>, which keeps lines apart (<c>page.Text</c>
/// glues "SƠN LA" to the next line's "Số"), and is normalised to NFC because PDFs written with
/// decomposed Vietnamese give the combining marks back as separate letters.
/// </para>
/// <para>
/// A page without letters (a scanned image) comes back as an empty page with
/// <see cref="TextSource.TextLayer"/>; it does not fail the document. A corrupt, truncated or
/// password-protected file throws <see cref="ExtractionFailedException"/> with a Vietnamese reason.
/// </para>
/// <para>
/// The work is CPU-bound (about 10 ms a page) and runs on the calling thread; the ingestion worker is
/// already a background thread. Cancellation is honoured between pages. A seekable input is read from
/// its start and its position is restored afterwards.
/// </para>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
/// </remarks>
public sealed class PdfPigTextExtractor(ILogger<PdfPigTextExtractor>? logger = null) : ITextExtractor
{
    // A new instance per document: ParsingOptions is mutable and PdfPig does not promise to leave it alone.
    private static ParsingOptions Parsing => new()
    {
        UseLenientParsing = true,
        // A missing or broken font loses that font's letters instead of the whole document.
        SkipMissingFonts = true,
    };

    private readonly ILogger _logger = logger ?? NullLogger<PdfPigTextExtractor>.Instance;

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
        return Extract(view, request, ct);
    }

    private static string? Check(SeekableContent view)
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
            _ = document.GetPage(1).Letters.Count;
            return null;
        }
        catch (Exception ex)
        {
            return PdfFailure.Describe(ex, view);
        }
    }

    private ExtractedText Extract(SeekableContent view, ExtractionRequest request, CancellationToken ct)
    {
        if (view.Stream.Length == 0)
        {
            throw new ExtractionFailedException(PdfFailure.Empty);
        }
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(view.Stream, Parsing);
        }
        catch (Exception ex)
        {
            throw new ExtractionFailedException(PdfFailure.Describe(ex, view), ex);
        }
        using (document)
        {
            var count = CountPages(document, view);
            var pages = new List<ExtractedPage>(count);
            var withoutText = 0;
            for (var number = 1; number <= count; number++)
            {
                ct.ThrowIfCancellationRequested();
                var text = ReadPage(document, number);
                withoutText += text.Length == 0 ? 1 : 0;
                pages.Add(new ExtractedPage(number, text, TextSource.TextLayer));
            }
            if (withoutText > 0)
            {
                ExtractionLog.PagesWithoutTextLayer(_logger, request.FileName, withoutText, count);
            }
            return new ExtractedText(pages);
        }
    }

    private static int CountPages(PdfDocument document, SeekableContent view)
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
        return count > 0 ? count : throw new ExtractionFailedException(PdfFailure.NoPages);
    }

    private static string ReadPage(PdfDocument document, int number)
    {
        try
        {
            var page = document.GetPage(number);
            return HasTextLayer(page)
                ? ContentOrderTextExtractor.GetText(page).Normalize(NormalizationForm.FormC)
                : string.Empty;
        }
        catch (Exception ex)
        {
            // One unreadable page makes the whole text untrustworthy; the clerk re-saves the file.
            throw new ExtractionFailedException(PdfFailure.PageUnreadable(number, ex), ex);
        }
    }

    private static bool HasTextLayer(Page page) => page.Letters.Count > 0;
}
