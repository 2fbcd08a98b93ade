using System.Collections.Concurrent;

namespace EdocMan.Search.Extraction.Ocr;

/// <summary>
/// Keeps a few idle engines so each image does not pay for loading the model again.
/// </summary>
/// <remarks>
/// Implementation note: an engine is rented by one caller at a time and given back afterwards, so no
/// two threads ever use it at once (a thread-local engine would also work, but would leave one loaded
/// model behind on every thread-pool thread that ever ran an OCR). At most <c>maxIdle</c> engines are
/// kept; extra ones are disposed on return.
/// </remarks>
internal sealed class OcrEnginePool(Func<TesseractOcrEngine> create, int maxIdle) : IDisposable
{
    private readonly ConcurrentBag<TesseractOcrEngine> _idle = [];
    private readonly int _maxIdle = Math.Max(1, maxIdle);
    private volatile bool _disposed;

    public TesseractOcrEngine Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _idle.TryTake(out var engine) ? engine : create();
    }

    public void Return(TesseractOcrEngine engine)
    {
        if (_disposed || _idle.Count >= _maxIdle)
        {
            engine.Dispose();
            return;
        }
        _idle.Add(engine);
        if (_disposed && _idle.TryTake(out var late))
        {
            late.Dispose(); // Dispose ran while we were adding.
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var engine))
        {
            engine.Dispose();
        }
    }
}
