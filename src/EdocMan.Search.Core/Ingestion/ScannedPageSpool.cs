namespace EdocMan.Search.Core.Ingestion;

/// <summary>A page's one-page searchable PDF, copied to a temporary file until the pages are joined.</summary>
/// <param name="Number">1-based page number in the document.</param>
/// <param name="Path">The temporary file holding the one-page PDF.</param>
public sealed record SpooledPagePdf(int Number, string Path);

/// <summary>
/// Collects the one-page searchable PDFs of one document's OCR'd pages on disk, at most <c>maxPages</c> of
/// them, and deletes them when disposed.
/// </summary>
/// <remarks>
/// Implementation note: a one-page PDF holds the page's scan (often a few hundred KB, more for colour), so
/// pages are written to disk as they arrive instead of being held until the whole document is read. Past
/// <c>maxPages</c> pages the spool stops copying and reports <see cref="Incomplete"/>: no PDF is made for
/// such a long scan.
/// </remarks>
/// <threadsafety>Add may be called from several threads at once.</threadsafety>
public sealed class ScannedPageSpool(int maxPages) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<SpooledPagePdf> _pages = [];
    private DirectoryInfo? _folder;

    /// <summary>True when a page was not kept: more pages arrived than the spool keeps, or the disk refused one.</summary>
    public bool Incomplete { get; private set; }

    /// <summary>Why a page arrived without its PDF (the first such reason); else null.</summary>
    public string? Problem { get; private set; }

    /// <summary>The pages spooled so far, in page order.</summary>
    public IReadOnlyList<SpooledPagePdf> Pages
    {
        get
        {
            lock (_gate)
            {
                return [.. _pages.OrderBy(p => p.Number)];
            }
        }
    }

    /// <summary>Copies one page's PDF to disk; the caller may drop its bytes afterwards.</summary>
    public void Add(ScannedPagePdf page)
    {
        ArgumentNullException.ThrowIfNull(page);
        lock (_gate)
        {
            if (page.Pdf is null)
            {
                Problem ??= $"Trang {page.Number}: {page.Problem ?? "không tạo được trang PDF tìm kiếm được."}";
                Incomplete = true;
                return;
            }
            if (Incomplete || _pages.Count >= maxPages)
            {
                Incomplete = true;
                return;
            }
            try
            {
                _folder ??= Directory.CreateTempSubdirectory("edocman-scans-");
                var path = System.IO.Path.Combine(_folder.FullName, $"{page.Number}.pdf");
                File.WriteAllBytes(path, page.Pdf);
                _pages.Add(new SpooledPagePdf(page.Number, path));
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
            _folder?.Delete(recursive: true);
            _folder = null;
        }
    }
}
