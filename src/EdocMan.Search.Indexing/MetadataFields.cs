using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EdocMan.Search.Core.Search;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace EdocMan.Search.Indexing;

/// <summary>
/// The filter, sort and facet fields of a document's metadata, and the key forms that index and
/// queries share (folded type, canonical number, <c>yyyyMMdd</c> date).
/// </summary>
/// <remarks>
/// Implementation note: facets are counted from sorted doc values because Lucene.Net.Facet is not
/// available; each facet is one value per document, so <c>SortedDocValuesField</c> suffices.
/// Keys are built here in plain C#, not by analyzers, so the query side produces exactly the
/// same terms with the same code.
/// </remarks>
internal static partial class MetadataFields
{
    public static void Add(LuceneDocument doc, IndexDocument source)
    {
        AddFacet(doc, IndexSchema.FacetAgency, source.AgencyCode);
        AddFacet(doc, IndexSchema.FacetRegister, source.Register.ToString());
        if (!string.IsNullOrWhiteSpace(source.DocumentType))
        {
            doc.Add(new StringField(IndexSchema.DocumentTypeKey, Fold(source.DocumentType), Field.Store.NO));
            AddFacet(doc, IndexSchema.FacetType, source.DocumentType.Trim());
        }
        if (!string.IsNullOrWhiteSpace(source.Number))
        {
            doc.Add(new StringField(IndexSchema.NumberKey, CanonicalNumber(source.Number), Field.Store.NO));
        }
        if (!string.IsNullOrWhiteSpace(source.Issuer))
        {
            doc.Add(new TextField(IndexSchema.IssuerFold, DocumentMapper.Nfc(source.Issuer), Field.Store.NO));
        }
        if (!string.IsNullOrWhiteSpace(source.Signer))
        {
            doc.Add(new TextField(IndexSchema.SignerFold, DocumentMapper.Nfc(source.Signer), Field.Store.NO));
            AddFacet(doc, IndexSchema.FacetSigner, DocumentMapper.Nfc(source.Signer.Trim()));
        }
        if (source.DocumentDate is { } date)
        {
            doc.Add(new Int64Field(IndexSchema.DocumentDateNumber, DateKey(date), Field.Store.NO));
            doc.Add(new NumericDocValuesField(IndexSchema.DocumentDateSort, DateKey(date)));
            AddFacet(doc, IndexSchema.FacetYear, date.Year.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A date as the long <c>yyyyMMdd</c>, which orders like the date.</summary>
    public static long DateKey(DateOnly date) => (date.Year * 10_000L) + (date.Month * 100L) + date.Day;

    /// <summary>Lower case, no diacritics, đ → d, trimmed: "QĐ" → "qd", "Công văn" → "cong van".</summary>
    public static string Fold(string value)
    {
        var decomposed = value.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            sb.Append(c switch { 'đ' or 'ð' => 'd', '–' or '—' => '-', _ => c });
        }
        return Spaces().Replace(sb.ToString(), " ");
    }

    /// <summary>"Số: 31 / 2014 / QĐ - UBND" → "31/2014/qd-ubnd": folded, without spaces around separators.</summary>
    public static string CanonicalNumber(string number)
    {
        var folded = Fold(number);
        if (folded.StartsWith("so:", StringComparison.Ordinal) || folded.StartsWith("so ", StringComparison.Ordinal))
        {
            folded = folded[3..].TrimStart();
        }
        return AroundSeparators().Replace(folded, "$1");
    }

    private static void AddFacet(LuceneDocument doc, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            doc.Add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*([/\-])\s*")]
    private static partial Regex AroundSeparators();
}
