using System.Globalization;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Indexing.Analyzers;
using Lucene.Net.Documents;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace EdocMan.Search.Indexing;

/// <summary>Converts between <see cref="IndexDocument"/>, Lucene documents and <see cref="SearchHit"/>.</summary>
/// <remarks>
/// Implementation note: everything a hit shows is stored, so a search needs no database round-trip;
/// page texts are stored one value per page next to their page numbers so snippets can say which
/// page they come from. Text is NFC-normalised before it is both stored and analysed, so the
/// highlighter's offsets always refer to the stored characters.
/// </remarks>
internal static class DocumentMapper
{
    private const string DateFormat = "yyyy-MM-dd";

    public static string IdTerm(Guid id) => id.ToString("N", CultureInfo.InvariantCulture);

    public static string AgencyTerm(string agencyCode) => agencyCode.Trim().ToLowerInvariant();

    public static string AccessTerm(string token) => token.Trim().ToLowerInvariant();

    public static LuceneDocument ToLucene(IndexDocument source, IndexAnalyzers analyzers)
    {
        ArgumentNullException.ThrowIfNull(source);
        var doc = new LuceneDocument
        {
            new StringField(IndexSchema.Id, IdTerm(source.Id), Field.Store.YES),
            new StringField(IndexSchema.Agency, AgencyTerm(source.AgencyCode), Field.Store.NO),
            new StoredField(IndexSchema.AgencyCode, source.AgencyCode),
            new StoredField(IndexSchema.Register, (int)source.Register),
            new StoredField(IndexSchema.Title, Nfc(source.Title)),
            new TextField(IndexSchema.TitleFold, Nfc(source.Title), Field.Store.NO),
        };
        foreach (var token in (source.AccessTokens ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(AccessTerm).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(IndexSchema.Access, token, Field.Store.NO));
        }
        MetadataFields.Add(doc, source);
        AddStored(doc, IndexSchema.Number, source.Number);
        AddStored(doc, IndexSchema.DocumentType, source.DocumentType);
        AddStored(doc, IndexSchema.DocumentDate, source.DocumentDate?.ToString(DateFormat, CultureInfo.InvariantCulture));
        AddStored(doc, IndexSchema.FileName, source.FileName);

        // The metadata goes into the text fields as one more value, so a title word finds the document.
        var metadata = string.Join('\n', new[] { source.Title, source.Number, source.DocumentType, source.Issuer, source.Signer, source.FileName }
            .Where(v => !string.IsNullOrWhiteSpace(v)));
        AddText(doc, Nfc(metadata), analyzers);

        var numbers = new List<string>();
        if (!string.IsNullOrWhiteSpace(source.Number))
        {
            numbers.Add(Nfc(source.Number));
        }
        foreach (var page in source.Pages.OrderBy(p => p.Number))
        {
            var text = Nfc(page.Text);
            doc.Add(new StoredField(IndexSchema.PageNumber, page.Number));
            doc.Add(new StoredField(IndexSchema.PageText, text));
            AddText(doc, text, analyzers);
            if (numbers.Count < DocumentNumbers.MaxPerDocument)
            {
                numbers.AddRange(DocumentNumbers.Extract(text, DocumentNumbers.MaxPerDocument - numbers.Count));
            }
        }
        foreach (var number in numbers.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            doc.Add(new TextField(IndexSchema.DocNo, number, Field.Store.NO));
        }
        return doc;
    }

    public static SearchHit ToHit(LuceneDocument doc, float score, IReadOnlyList<Snippet> snippets)
    {
        var id = Guid.ParseExact(doc.Get(IndexSchema.Id), "N");
        var register = doc.GetField(IndexSchema.Register)?.GetInt32Value() ?? 0;
        var date = doc.Get(IndexSchema.DocumentDate);
        return new SearchHit(
            id,
            doc.Get(IndexSchema.AgencyCode) ?? string.Empty,
            (RegisterKind)register,
            doc.Get(IndexSchema.Title) ?? string.Empty,
            doc.Get(IndexSchema.Number),
            doc.Get(IndexSchema.DocumentType),
            date is null ? null : DateOnly.ParseExact(date, DateFormat, CultureInfo.InvariantCulture),
            score,
            snippets);
    }

    /// <summary>The stored pages of a document, in page order.</summary>
    public static IReadOnlyList<IndexPage> Pages(LuceneDocument doc)
    {
        var numbers = doc.GetFields(IndexSchema.PageNumber);
        var texts = doc.GetValues(IndexSchema.PageText);
        var count = Math.Min(numbers.Length, texts.Length);
        var pages = new List<IndexPage>(count);
        for (var i = 0; i < count; i++)
        {
            pages.Add(new IndexPage(numbers[i].GetInt32Value() ?? i + 1, texts[i]));
        }
        return pages;
    }

    // The three text fields from one tokenisation (SyllableTokens): the writer then only runs the filters.
    private static void AddText(LuceneDocument doc, string text, IndexAnalyzers analyzers)
    {
        if (text.Length == 0)
        {
            return;
        }
        var tokens = SyllableTokens.Of(analyzers.Syllables, text);
        doc.Add(new TextField(IndexSchema.Text, tokens.Replay(VietnameseTextKind.Exact)));
        doc.Add(new TextField(IndexSchema.TextFold, tokens.Replay(VietnameseTextKind.Folded)));
        doc.Add(new TextField(IndexSchema.TextFold2, tokens.Replay(VietnameseTextKind.FoldedBigrams)));
    }

    private static void AddStored(LuceneDocument doc, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            doc.Add(new StoredField(field, value));
        }
    }

    /// <summary>
    /// The text in NFC. Everything the index analyses goes through here, which is why the writer's chains can
    /// leave out the composition of decomposed letters (<see cref="Analyzers.IndexAnalyzers"/>).
    /// </summary>
    internal static string Nfc(string? text) => string.IsNullOrEmpty(text) ? string.Empty : Analyzers.NfcText.Compose(text);
}
