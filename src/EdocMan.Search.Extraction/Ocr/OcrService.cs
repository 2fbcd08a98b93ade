using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.Extraction.Ocr;

/// <summary>
/// Runs OCR for every extractor of the process: at most <see cref="OcrOptions.Workers"/> pages at once,
/// each on its own engine, each within <see cref="OcrOptions.PageTimeoutSeconds"/>.
/// </summary>
/// <remarks>
/// <para>
/// Implementation note: one shared gate instead of a limit per extractor or per document, because two
/// ingestion workers OCR-ing two scanned PDFs must still not run more engines than there are cores
/// (each engine is one busy core with OpenMP limited to one thread). An engine is rented for one page
/// and given back, so no engine is ever used by two threads at once.
/// </para>
/// <para>
/// Problems of the installation (library or model missing) surface as
/// <see cref="ExtractionFailedException"/>; problems of one image as <see cref="InvalidDataException"/>,
/// <see cref="ImageTooLargeException"/> or <see cref="TimeoutException"/>, which the extractor turns
/// into a page note or a failure.
/// </para>
/// <threadsafety>Thread-safe.</threadsafety>
/// </remarks>
public sealed class OcrService : IDisposable
{
    private readonly OcrOptions _options;
    private readonly ExtractionOptions _limits;
    private readonly OcrEnginePool _pool;
    private readonly SemaphoreSlim _gate;
    private (string Folder, string Languages)? _model;
    private long _recognitions;

    /// <summary>Creates the service; no engine is loaded until the first page.</summary>
    public OcrService(IOptions<OcrOptions> options, IOptions<ExtractionOptions>? limits = null)
    {
        _options = options.Value;
        _limits = limits?.Value ?? new ExtractionOptions();
        Workers = Math.Max(1, _options.Workers);
        _pool = new OcrEnginePool(CreateEngine, Workers);
        _gate = new SemaphoreSlim(Workers, Workers);
    }

    /// <summary>Pages recognised at once.</summary>
    public int Workers { get; }

    /// <summary>The size limits images are checked against.</summary>
    public ExtractionOptions Limits => _limits;

    /// <summary>Longest time one page may take.</summary>
    public TimeSpan PageTimeout => _options.PageTimeoutSeconds > 0
        ? TimeSpan.FromSeconds(_options.PageTimeoutSeconds)
        : Timeout.InfiniteTimeSpan;

    /// <summary>Recognises frame <paramref name="frame"/> of an encoded image on a worker thread.</summary>
    /// <param name="image">PNG, JPEG, TIFF, … bytes.</param>
    /// <param name="frame">0-based TIFF frame; 0 for other formats.</param>
    /// <param name="dpi">The resolution when known from elsewhere (a PDF page), else null.</param>
    /// <param name="ct">Cancels waiting and recognition.</param>
    public Task<OcrResult> RecognizeAsync(byte[] image, int frame, int? dpi, CancellationToken ct) =>
        RunAsync(engine =>
        {
            using var pix = OcrImageDecoder.Decode(image, frame, _limits.MaxImagePixels);
            return engine.Recognize(pix, dpi, PageTimeout, ct);
        }, ct);

    /// <summary>
    /// Recognises a page once and, when <paramref name="searchablePdf"/> is set, renders its one-page searchable
    /// PDF from that same recognition, on the same engine (no second recognition). A rendering failure
    /// costs only the PDF: the text is returned with the reason.
    /// </summary>
    /// <param name="image">PNG, JPEG, TIFF, … bytes.</param>
    /// <param name="frame">0-based TIFF frame; 0 for other formats.</param>
    /// <param name="dpi">The resolution when known from elsewhere (a PDF page), else null.</param>
    /// <param name="searchablePdf">Whether to render the page's one-page searchable PDF.</param>
    /// <param name="ct">Cancels waiting and recognition.</param>
    public Task<OcrPage> RecognizePageAsync(byte[] image, int frame, int? dpi, bool searchablePdf, CancellationToken ct) =>
        RunAsync(engine =>
        {
            using var pix = OcrImageDecoder.Decode(image, frame, _limits.MaxImagePixels);
            if (!searchablePdf)
            {
                return new OcrPage(engine.Recognize(pix, dpi, PageTimeout, ct));
            }
            byte[]? pdf = null;
            string? problem = null;
            var text = engine.Recognize(pix, dpi, PageTimeout, ct, api =>
            {
                try
                {
                    pdf = PageSearchablePdf.Render(api, engine.TessdataPath);
                }
                catch (Exception ex) when (ex is ExtractionFailedException or IOException or UnauthorizedAccessException)
                {
                    problem = ex.Message;
                }
            });
            return new OcrPage(text, pdf, problem);
        }, ct);

    /// <summary>Pages handed to Tesseract's recognition by this service's engines so far.</summary>
    internal long Recognitions => Interlocked.Read(ref _recognitions);

    /// <summary>Runs <paramref name="work"/> with an engine of its own, once a worker slot is free.</summary>
    internal async Task<T> RunAsync<T>(Func<TesseractOcrEngine, T> work, CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            // A thread of its own, not a pool thread: a page blocks in native code for seconds, and with
            // the pool's minimum of one thread per core, two pages on a 2-core server held every pool
            // thread while requests waited for the pool to grow.
            return await Task.Factory.StartNew(() =>
            {
                var engine = RentEngine();
                try
                {
                    return work(engine);
                }
                finally
                {
                    _pool.Return(engine);
                }
            }, ct, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Disposes the idle engines.</summary>
    public void Dispose()
    {
        _pool.Dispose();
        _gate.Dispose();
    }

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
        var (folder, languages) = FindModel()
            ?? throw new ExtractionFailedException(
                OcrProbe.MissingModelReason(TessdataLocator.Candidates(_options.TessdataPaths)));
        return new TesseractOcrEngine(folder, languages, _options.DetectOrientation)
        {
            Recognising = () => Interlocked.Increment(ref _recognitions),
        };
    }

    // A missing model is looked for again next time, so installing it needs no restart.
    private (string, string)? FindModel()
    {
        if (_model is { } known)
        {
            return known;
        }
        var folder = TessdataLocator.Find(_options.TessdataPaths);
        return folder is null ? null : _model = (folder, TessdataLocator.Available(folder, _options.Languages));
    }
}
