using System.Diagnostics;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.Extraction.Ocr;

/// <summary>
/// Recognises the text of a PNG, JPEG or TIFF image (first page) with Tesseract.
/// </summary>
/// <remarks>
/// <para>
/// The model is looked up in <see cref="OcrOptions.TessdataPaths"/> (the first folder holding
/// <c>vie.traineddata</c>) and loaded with the languages of <see cref="OcrOptions.Languages"/> that the
/// folder has. Engines are pooled, at most <see cref="OcrOptions.Workers"/> idle ones, and each is
/// used by one call at a time. Recognition runs on the calling thread and takes seconds; cancellation
/// is checked before it starts, not during it.
/// </para>
/// <para>The page's <see cref="ExtractedPage.Confidence"/> is Tesseract's mean word confidence.</para>
/// </remarks>
/// <threadsafety>Thread-safe.</threadsafety>
public sealed class ImageOcrExtractor : ITextExtractor, IDisposable
{
    /// <summary>The reason given for an image that cannot be decoded.</summary>
    public const string UnreadableImageReason = "Ảnh bị hỏng hoặc không đọc được.";

    private readonly OcrOptions _options;
    private readonly ILogger _logger;
    private readonly OcrEnginePool _pool;
    private TessdataModel? _model;

    /// <summary>Creates the extractor; no engine is loaded until the first image.</summary>
    public ImageOcrExtractor(IOptions<OcrOptions> options, ILogger<ImageOcrExtractor>? logger = null)
    {
        _options = options.Value;
        _logger = logger ?? NullLogger<ImageOcrExtractor>.Instance;
        _pool = new OcrEnginePool(CreateEngine, _options.Workers);
    }

    /// <inheritdoc />
    public string Name => "tesseract";

    /// <inheritdoc />
    public int Score(string contentType) =>
        contentType is ContentTypes.Png or ContentTypes.Jpeg or ContentTypes.Tiff ? 100 : 0;

    /// <inheritdoc />
    /// <remarks>Decodes the image with Leptonica (no recognition). Never throws.</remarks>
    public string? Preflight(Stream content)
    {
        try
        {
            return TesseractOcrEngine.CanDecode(SeekableContent.ReadAllBytes(content)) ? null : UnreadableImageReason;
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
        ct.ThrowIfCancellationRequested();

        var engine = RentEngine();
        try
        {
            var clock = Stopwatch.StartNew();
            var result = engine.Recognize(image);
            ExtractionLog.ImageRecognised(_logger, request.FileName, clock.ElapsedMilliseconds, result.MeanConfidence);
            return new ExtractedText([new ExtractedPage(1, result.Text, TextSource.Ocr, result.MeanConfidence)]);
        }
        catch (InvalidDataException ex)
        {
            throw new ExtractionFailedException(UnreadableImageReason, ex);
        }
        finally
        {
            _pool.Return(engine);
        }
    }

    /// <summary>Disposes the idle engines.</summary>
    public void Dispose() => _pool.Dispose();

    private TesseractOcrEngine RentEngine()
    {
        try
        {
            return _pool.Rent();
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            throw new ExtractionFailedException(OcrProbe.LibraryMissingReason, ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new ExtractionFailedException(
                "Máy chủ không nạp được dữ liệu nhận dạng tiếng Việt; hãy báo quản trị hệ thống.", ex);
        }
    }

    private TesseractOcrEngine CreateEngine()
    {
        var model = FindModel()
            ?? throw new ExtractionFailedException(
                OcrProbe.MissingModelReason(TessdataLocator.Candidates(_options.TessdataPaths)));
        return new TesseractOcrEngine(model.Folder, model.Languages);
    }

    // A missing model is looked for again next time, so installing it needs no restart.
    private TessdataModel? FindModel()
    {
        if (_model is { } known)
        {
            return known;
        }
        var folder = TessdataLocator.Find(_options.TessdataPaths);
        return folder is null ? null : _model = new TessdataModel(folder, TessdataLocator.Available(folder, _options.Languages));
    }

    private sealed record TessdataModel(string Folder, string Languages);
}
