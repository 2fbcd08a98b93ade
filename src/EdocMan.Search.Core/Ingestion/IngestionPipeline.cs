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
public sealed class IngestionPipeline(IDocumentStore store, ExtractorRegistry registry, ISearchIndex index)
{
    /// <summary>
    /// Extracts, normalises and indexes one document. Throws <see cref="ExtractionFailedException"/>
    /// when the file cannot be read, or when it is content the system must not hold
    /// (<see cref="ExcludedContent"/>); the caller marks the document Failed with that reason.
    /// </summary>
    /// <param name="document">The document to process.</param>
    /// <param name="agencyCode">The code of the agency whose register holds it.</param>
    /// <param name="accessTokens">Who may see it (<see cref="Permissions.AccessPolicy.ForDocument"/>).</param>
    /// <param name="ct">Cancels the extraction.</param>
    public async Task<ExtractedText> ProcessAsync(
        Document document, string agencyCode, IReadOnlyCollection<string> accessTokens, CancellationToken ct)
    {
        var extractor = registry.Find(document.ContentType)
            ?? throw new ExtractionFailedException(
                $"Chưa hỗ trợ trích xuất nội dung từ tệp {ContentTypes.Describe(document.ContentType)}.");

        ExtractedText raw;
        await using (var original = store.OpenRead(document.Sha256))
        {
            raw = await extractor.ExtractAsync(original, new ExtractionRequest(document.ContentType, document.FileName), ct);
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
        return text;
    }

    /// <summary>The index entry for a document and its stored page texts; used by rebuilds too.</summary>
    public static IndexDocument ToIndexDocument(
        Document d, string agencyCode, IReadOnlyCollection<string> accessTokens, IEnumerable<ExtractedPage> pages) =>
        new(d.Id, agencyCode, d.Register, d.Title, d.Number, d.DocumentType, d.Issuer, d.Signer,
            d.DocumentDate, d.CreatedAt, d.FileName,
            pages.Select(p => new IndexPage(p.Number, p.Text)).ToList(), accessTokens);
}
