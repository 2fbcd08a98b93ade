using System.Diagnostics;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.Extraction.Ocr;

/// <summary>
/// Recognises the text of a PNG, JPEG or TIFF image with Tesseract; every frame of a multi-page TIFF
/// (a scanner's usual output, often CCITT G4) is one page.
/// </summary>
/// <remarks>
/// <para>
/// Pages are recognised through the process-wide <see cref="OcrService"/> (at most
/// <see cref="OcrOptions.Workers"/> at once, one engine each, a time limit per page). A page that times
/// out, is too large or shows no text comes back empty with a <see cref="ExtractedPage.Note"/>; the
/// document fails only when no page yields any text (a blank or noise image, a broken file).
/// </para>
/// <para>The page's <see cref="ExtractedPage.Confidence"/> is Tesseract's mean word confidence.</para>
/// </remarks>
/// <threadsafety>Thread-safe.</threadsafety>
public sealed class ImageOcrExtractor : ITextExtractor, IDisposable
{
    /// <summary>The reason given for an image that cannot be decoded.</summary>
    public const string UnreadableImageReason = "Ảnh bị hỏng hoặc không đọc được.";

    private readonly OcrService _ocr;
    private readonly bool _ownsOcr;
    private readonly ILogger _logger;

    /// <summary>Creates the extractor; no engine is loaded until the first image.</summary>
    /// <param name="options">OCR settings, used only when <paramref name="ocr"/> is not given.</param>
    /// <param name="logger">Optional logger.</param>
    /// <param name="ocr">The shared OCR service (from DI); when null the extractor makes and owns one.</param>
    public ImageOcrExtractor(IOptions<OcrOptions> options, ILogger<ImageOcrExtractor>? logger = null, OcrService? ocr = null)
    {
        _ownsOcr = ocr is null;
        _ocr = ocr ?? new OcrService(options);
        _logger = logger ?? NullLogger<ImageOcrExtractor>.Instance;
    }

    /// <inheritdoc />
    public string Name => "tesseract";

    /// <inheritdoc />
    public int Score(string contentType) =>
        contentType is ContentTypes.Png or ContentTypes.Jpeg or ContentTypes.Tiff ? 100 : 0;

    /// <inheritdoc />
    /// <remarks>Reads the header and decodes the first frame (no recognition). Never throws.</remarks>
    public string? Preflight(Stream content)
    {
        try
        {
            using var pix = OcrImageDecoder.Decode(SeekableContent.ReadAllBytes(content), 0, _ocr.Limits.MaxImagePixels);
            return null;
        }
        catch (ImageTooLargeException ex)
        {
            return ex.Reason;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return OcrProbe.LibraryMissingReason;
        }
        catch (Exception)
        {
            return UnreadableImageReason;
        }
    }

    /// <inheritdoc />
    public async Task<ExtractedText> ExtractAsync(Stream content, ExtractionRequest request, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var image = await SeekableContent.ReadAllBytesAsync(content, ct).ConfigureAwait(false);
        var frames = CountFrames(image, request.ContentType);
        var done = 0;
        request.Progress?.Report(new PageProgress(0, frames));
        // A scan longer than the searchable PDF limit gets none: its pages are not rendered at all.
        var scanned = frames <= _ocr.Limits.SearchablePdfMaxPages ? request.ScannedPage : null;
        var clock = Stopwatch.StartNew();
        var pages = await Task.WhenAll(Enumerable.Range(0, frames).Select(async frame =>
        {
            var page = await RecognizeFrameAsync(image, frame, scanned, ct).ConfigureAwait(false);
            request.Progress?.Report(new PageProgress(Interlocked.Increment(ref done), frames));
            return page;
        })).ConfigureAwait(false);
        ExtractionLog.ImageRecognised(_logger, request.FileName, clock.ElapsedMilliseconds,
            (int)pages.Average(p => p.Confidence ?? 0));
        if (pages.All(p => p.Text.Length == 0))
        {
            throw new ExtractionFailedException(ExtractionLimits.NothingRead(pages));
        }
        return new ExtractedText(pages);
    }

    /// <summary>Disposes the OCR service when this extractor made it.</summary>
    public void Dispose()
    {
        if (_ownsOcr)
        {
            _ocr.Dispose();
        }
    }

    private int CountFrames(byte[] image, string contentType)
    {
        int frames;
        try
        {
            frames = contentType == ContentTypes.Tiff ? OcrImageDecoder.CountTiffFrames(image, _ocr.Limits.MaxPages) : 1;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            throw new ExtractionFailedException(OcrProbe.LibraryMissingReason, ex);
        }
        if (frames > _ocr.Limits.MaxPages)
        {
            throw new ExtractionFailedException(ExtractionLimits.TooManyPages(frames, _ocr.Limits.MaxPages, orMore: true));
        }
        return Math.Max(frames, 1); // 0 frames: let the decoder say why.
    }

    private async Task<ExtractedPage> RecognizeFrameAsync(byte[] image, int frame, Action<ScannedPagePdf>? scanned, CancellationToken ct)
    {
        var number = frame + 1;
        try
        {
            var (result, pdf, problem) = await _ocr.RecognizePageAsync(image, frame, null, scanned is not null, ct).ConfigureAwait(false);
            // Blank pages too (a scan's empty back side): the searchable PDF must have every page.
            scanned?.Invoke(new ScannedPagePdf(number, pdf, problem));
            return new ExtractedPage(number, result.Text, TextSource.Ocr, result.MeanConfidence,
                result.Text.Length == 0 ? ExtractionLimits.NoTextOnPage(number) : null, result.UncertainWords);
        }
        catch (InvalidDataException)
        {
            return Empty(number, UnreadableImageReason);
        }
        catch (ImageTooLargeException ex)
        {
            return Empty(number, ex.Reason);
        }
        catch (TimeoutException)
        {
            return Empty(number, ExtractionLimits.PageTimedOut(number, _ocr.PageTimeout));
        }
    }

    private static ExtractedPage Empty(int number, string note) => new(number, string.Empty, TextSource.Ocr, 0, note);
}
