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
    /// when the file cannot be read; the caller marks the document Failed with that reason.
    /// </summary>
    public async Task<ExtractedText> ProcessAsync(Document document, string agencyCode, CancellationToken ct)
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
            .Select(p => p with { Text = TextNormalizer.Normalize(p.Text) })
            .ToList();
        var text = new ExtractedText(pages);

        await index.UpsertAsync(ToIndexDocument(document, agencyCode, pages), ct);
        return text;
    }

    /// <summary>The index entry for a document and its stored page texts; used by rebuilds too.</summary>
    public static IndexDocument ToIndexDocument(Document d, string agencyCode, IEnumerable<ExtractedPage> pages) =>
        new(d.Id, agencyCode, d.Register, d.Title, d.Number, d.DocumentType, d.Issuer, d.Signer,
            d.DocumentDate, d.CreatedAt, d.FileName,
            pages.Select(p => new IndexPage(p.Number, p.Text)).ToList());
}
