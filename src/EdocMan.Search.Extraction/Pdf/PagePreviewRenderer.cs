using System.Globalization;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.Extraction.Pdf;

/// <summary>
/// Page images for the document view: a PDF page rendered to PNG by poppler's <c>pdftoppm</c>, a scanned
/// photo or PNG shown as it is. Rendered once and kept beside the index under <c>previews/</c>, named by
/// the original's hash, so a preview is never stale and the folder can be deleted at any time.
/// </summary>
/// <remarks>
/// At most <see cref="MaxConcurrentRenders"/> renders run at once: a reader scrolling a 300-page scan must
/// not start 300 converters on a two-core server. Word and text files have no page images; their
/// extracted text is the page.
/// <threadsafety>Thread-safe.</threadsafety>
/// </remarks>
public sealed class PagePreviewRenderer(IOptions<StorageOptions> storage, IDocumentStore store)
{
    /// <summary>Width of a preview in pixels: readable on a laptop screen, about 100 KB a page.</summary>
    public const int WidthPixels = 900;

    public const int MaxConcurrentRenders = 2;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _renders = new(MaxConcurrentRenders);

    private string Folder => Path.Combine(Path.GetDirectoryName(storage.Value.ResolveIndexPath())!, "previews");

    /// <summary>Whether documents of this content type have page images.</summary>
    public static bool CanPreview(string contentType) =>
        contentType is ContentTypes.Pdf or ContentTypes.Png or ContentTypes.Jpeg;

    /// <summary>
    /// The image of page <paramref name="page"/> (from 1) of <paramref name="document"/> and its content type,
    /// or null when the document has no such page image.
    /// </summary>
    /// <exception cref="InvalidDataException">The page could not be rendered (a damaged PDF).</exception>
    /// <exception cref="TimeoutException">Rendering took longer than 30 seconds.</exception>
    public async Task<(Stream Image, string ContentType)?> OpenAsync(Document document, int page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!CanPreview(document.ContentType) || page < 1 || page > Math.Max(1, document.PageCount) || !store.Exists(document.Sha256))
        {
            return null;
        }
        if (document.ContentType != ContentTypes.Pdf)
        {
            // A photo or scan uploaded as an image is its own single page.
            return page == 1 ? (store.OpenRead(document.Sha256), document.ContentType) : null;
        }
        var cached = Path.Combine(Folder, document.Sha256, page.ToString(CultureInfo.InvariantCulture) + ".png");
        if (!File.Exists(cached))
        {
            await RenderAsync(document.Sha256, page, cached, ct).ConfigureAwait(false);
        }
        return (File.OpenRead(cached), ContentTypes.Png);
    }

    private async Task RenderAsync(string sha256, int page, string target, CancellationToken ct)
    {
        await _renders.WaitAsync(ct).ConfigureAwait(false);
        var work = Directory.CreateTempSubdirectory("edocman-preview-").FullName;
        try
        {
            if (File.Exists(target))
            {
                return; // Another request rendered it while this one waited.
            }
            var input = Path.Combine(work, "input.pdf");
            await using (var original = store.OpenRead(sha256))
            await using (var copy = File.Create(input))
            {
                await original.CopyToAsync(copy, ct).ConfigureAwait(false);
            }
            var number = page.ToString(CultureInfo.InvariantCulture);
            var output = Path.Combine(work, "page");
            var result = await ExternalTool.RunAsync("pdftoppm",
                ["-png", "-f", number, "-l", number, "-singlefile", "-scale-to-x", WidthPixels.ToString(CultureInfo.InvariantCulture),
                 "-scale-to-y", "-1", input, output], Timeout, ct).ConfigureAwait(false);
            if (result.ExitCode != 0 || !File.Exists(output + ".png"))
            {
                throw new InvalidDataException($"pdftoppm could not render page {page} ({result.ExitCode}): {result.Errors}");
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // Move into place whole, so a reader never sees a half-written image.
            File.Move(output + ".png", target, overwrite: true);
        }
        finally
        {
            _renders.Release();
            Directory.Delete(work, recursive: true);
        }
    }
}
