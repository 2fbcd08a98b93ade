using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Core.Text;

namespace EdocMan.Search.Core.Ingestion;

/// <summary>
/// The one orchestrator of ingestion: original → extractor → normaliser → index.
/// </summary>
/// <remarks>
/// Implementation note: the pipeline knows nothing of the database. The caller (the background
/// worker) records status transitions around it, so the pipeline is easy to test with fakes and
/// every step is idempotent: re-running it after a crash replaces the index entry with the same id.
/// Thread-safe if its dependencies are.
/// </remarks>
/// <param name="store">The originals, and where a searchable PDF is stored.</param>
/// <param name="registry">Picks the extractor.</param>
/// <param name="index">Where the text goes.</param>
/// <param name="searchablePdf">Makes searchable PDFs of scans; null (tests, tools) makes none.</param>
public sealed class IngestionPipeline(
    IDocumentStore store, ExtractorRegistry registry, ISearchIndex index, ISearchablePdfMaker? searchablePdf = null)
{
    /// <inheritdoc cref="ProcessAsync(Document, string, IReadOnlyCollection{string}, IProgress{PageProgress}?, CancellationToken)"/>
    public Task<ExtractedText> ProcessAsync(
        Document document, string agencyCode, IReadOnlyCollection<string> accessTokens, CancellationToken ct) =>
        ProcessAsync(document, agencyCode, accessTokens, null, ct);

    /// <summary>
    /// Extracts, normalises and indexes one document. Throws <see cref="ExtractionFailedException"/>
    /// when the file cannot be read, or when it is content the system must not hold
    /// (<see cref="ExcludedContent"/>); the caller marks the document Failed with that reason.
    /// </summary>
    /// <param name="document">The document to process.</param>
    /// <param name="agencyCode">The code of the agency whose register holds it.</param>
    /// <param name="accessTokens">Who may see it (<see cref="Permissions.AccessPolicy.ForDocument"/>).</param>
    /// <param name="progress">Told the pages done and the total as the extractor goes; may be null.</param>
    /// <param name="ct">Cancels the extraction.</param>
    /// <returns>
    /// The normalised page texts; when every page was a scan, with the address of the searchable PDF made
    /// of them (<see cref="ExtractedText.SearchablePdf"/>), already in the store.
    /// </returns>
    public async Task<ExtractedText> ProcessAsync(
        Document document, string agencyCode, IReadOnlyCollection<string> accessTokens,
        IProgress<PageProgress>? progress, CancellationToken ct)
    {
        var extractor = registry.Find(document.ContentType)
            ?? throw new ExtractionFailedException(
                $"Chưa hỗ trợ trích xuất nội dung từ tệp {ContentTypes.Describe(document.ContentType)}.");

        using var spool = searchablePdf is { MaxPages: > 0 } ? new ScannedPageSpool(searchablePdf.MaxPages) : null;
        ExtractedText raw;
        await using (var original = store.OpenRead(document.Sha256))
        {
            var request = new ExtractionRequest(document.ContentType, document.FileName)
            {
                Progress = progress,
                ScannedPage = spool is null ? null : spool.Add,
            };
            raw = await extractor.ExtractAsync(original, request, ct);
        }

        var pages = raw.Pages
            .Select(p => p with { Text = VietnameseTextRepair.Repair(p.Text) })
            .ToList();
        var text = new ExtractedText(pages);
        // Excluded content never reaches the index: the caller records the refusal as the failure reason.
        if (ExcludedContent.Check(text) is { } refusal)
        {
            throw new ExtractionFailedException(refusal);
        }

        await index.UpsertAsync(ToIndexDocument(document, agencyCode, accessTokens, pages), ct);
        return spool is null ? text : await WithSearchablePdfAsync(text, spool, ct);
    }

    /// <summary>
    /// Joins and stores the searchable PDF when every page was OCR'd and its one-page PDF spooled. A failure
    /// (a page's rendering, the joining) only means there is no searchable PDF (the text is already
    /// indexed), so it is reported, not thrown.
    /// </summary>
    private async Task<ExtractedText> WithSearchablePdfAsync(ExtractedText text, ScannedPageSpool spool, CancellationToken ct)
    {
        if (spool.Problem is { } problem)
        {
            return text with { SearchablePdfProblem = problem };
        }
        var scans = spool.Pages;
        // Mixed PDFs (some pages with a text layer) and long scans are left as they are: a searchable PDF
        // of only some pages would be a different document.
        if (spool.Incomplete || scans.Count == 0 || scans.Count != text.Pages.Count)
        {
            return text;
        }
        try
        {
            var pdf = await searchablePdf!.MakeAsync(scans, ct);
            using var content = new MemoryStream(pdf, writable: false);
            return text with { SearchablePdf = await store.SaveAsync(content, ct) };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return text with { SearchablePdfProblem = ex.Message };
        }
    }

    /// <summary>The index entry for a document and its stored page texts; used by rebuilds too.</summary>
    public static IndexDocument ToIndexDocument(
        Document d, string agencyCode, IReadOnlyCollection<string> accessTokens, IEnumerable<ExtractedPage> pages) =>
        new(d.Id, agencyCode, d.Register, d.Title, d.Number, d.DocumentType, d.Issuer, d.Signer,
            d.DocumentDate, d.CreatedAt, d.FileName,
            pages.Select(p => new IndexPage(p.Number, p.Text)).ToList(), accessTokens);
}
