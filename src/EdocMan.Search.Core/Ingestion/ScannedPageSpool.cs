using System.Runtime.CompilerServices;

namespace EdocMan.Search.Core.Ingestion;

/// <summary>A page image an extractor OCR'd, copied to a temporary file until the searchable PDF is made.</summary>
/// <param name="Number">1-based page number in the document.</param>
/// <param name="Path">The temporary file holding the image bytes.</param>
/// <param name="Frame">The frame of the image that is the page (TIFF), else 0.</param>
/// <param name="Dpi">The resolution when known from elsewhere (a PDF page), else null.</param>
public sealed record SpooledPageImage(int Number, string Path, int Frame, int? Dpi);

/// <summary>
/// Collects the OCR'd page images of one document on disk, at most <c>maxPages</c> of them, and deletes
/// them when disposed.
/// </summary>
/// <remarks>
/// Implementation note: a rendered A4 page at 300 dpi is ~9 MB uncompressed, so pages are written to
/// disk as they arrive instead of being held until the whole document is read. A multi-page TIFF hands
/// the same byte array for every frame; it is written once (remembered through a weak table, so the spool
/// keeps no image in memory). Past <c>maxPages</c> pages the spool stops
/// copying and reports <see cref="Incomplete"/>: no PDF is made for such a long scan.
/// </remarks>
/// <threadsafety>Add may be called from several threads at once.</threadsafety>
public sealed class ScannedPageSpool(int maxPages) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<SpooledPageImage> _pages = [];
    // Weak keys: the spool must not keep page images alive after the extractor dropped them.
    private readonly ConditionalWeakTable<byte[], string> _written = new();
    private DirectoryInfo? _folder;

    /// <summary>True when a page was not kept: more pages arrived than the spool keeps, or the disk refused one.</summary>
    public bool Incomplete { get; private set; }

    /// <summary>The pages spooled so far, in page order.</summary>
    public IReadOnlyList<SpooledPageImage> Pages
    {
        get
        {
            lock (_gate)
            {
                return [.. _pages.OrderBy(p => p.Number)];
            }
        }
    }

    /// <summary>Copies one page image to disk; the caller may drop its bytes afterwards.</summary>
    public void Add(ScannedPageImage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        lock (_gate)
        {
            if (Incomplete || _pages.Count >= maxPages)
            {
                Incomplete = true;
                return;
            }
            try
            {
                _folder ??= Directory.CreateTempSubdirectory("edocman-scans-");
                if (!_written.TryGetValue(page.Image, out var path))
                {
                    path = System.IO.Path.Combine(_folder.FullName, $"{page.Number}.img");
                    File.WriteAllBytes(path, page.Image);
                    _written.AddOrUpdate(page.Image, path);
                }
                _pages.Add(new SpooledPageImage(page.Number, path, page.Frame, page.Dpi));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Called from inside an extractor: a full temporary disk must not fail the extraction,
                // only cost the searchable PDF.
                Incomplete = true;
            }
        }
    }

    /// <summary>Deletes the spooled files.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _written.Clear();
            _folder?.Delete(recursive: true);
            _folder = null;
        }
    }
}
