using System.Globalization;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Indexing.Analyzers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EdocMan.Search.Indexing.Querying;

/// <summary>
/// Lucene queries for metadata filters, typed (<see cref="FieldFilter"/>) or passed by the caller
/// (<see cref="SearchQuery.DocumentType"/>, <see cref="SearchQuery.DateFrom"/>, <see cref="SearchQuery.DateTo"/>).
/// </summary>
/// <remarks>
/// Implementation note: filters must not change the ranking, so each is wrapped in a
/// <see cref="ConstantScoreQuery"/> with boost 0 and added as a required clause. A value that
/// cannot be read (<c>nam:abc</c>, <c>ngay:hôm qua</c>) gives <c>null</c> and the caller searches
/// it as text instead of failing.
/// </remarks>
internal sealed class FilterQueries(IndexAnalyzers analyzers)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"];

    /// <summary>The query for one typed filter, or <c>null</c> when its value cannot be read.</summary>
    public Query? For(FieldFilter filter)
    {
        var value = filter.Value;
        return filter.Field switch
        {
            FilterField.DocumentType => Term(IndexSchema.DocumentTypeKey, MetadataFields.Fold(value)),
            FilterField.Agency => Term(IndexSchema.Agency, DocumentMapper.AgencyTerm(value)),
            FilterField.Number => Term(IndexSchema.NumberKey, MetadataFields.CanonicalNumber(value)),
            FilterField.Issuer => Phrase(IndexSchema.IssuerFold, value),
            FilterField.Signer => Phrase(IndexSchema.SignerFold, value),
            FilterField.Year => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2999
                ? DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))
                : null,
            FilterField.Date => ParseRange(value, out var from, out var to) ? DateRange(from, to) : null,
            _ => null,
        };
    }

    /// <summary>The caller's own filters of <paramref name="query"/>, as required clauses.</summary>
    public IEnumerable<Query> For(SearchQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.DocumentType))
        {
            yield return Term(IndexSchema.DocumentTypeKey, MetadataFields.Fold(query.DocumentType));
        }
        if (query.DateFrom is not null || query.DateTo is not null)
        {
            yield return DateRange(query.DateFrom, query.DateTo);
        }
    }

    /// <summary>Wraps <paramref name="filter"/> so it restricts without scoring.</summary>
    public static Query NoScore(Query filter) => new ConstantScoreQuery(filter) { Boost = 0 };

    /// <summary>"2014-01-01..2014-12-31", "2014-01-01..", "..13/11/2014" or a single day.</summary>
    internal static bool ParseRange(string value, out DateOnly? from, out DateOnly? to)
    {
        from = to = null;
        var dots = value.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            if (!TryDate(value, out var day))
            {
                return false;
            }
            from = to = day;
            return true;
        }
        var left = value[..dots].Trim();
        var right = value[(dots + 2)..].Trim();
        if (left.Length > 0)
        {
            if (!TryDate(left, out var d))
            {
                return false;
            }
            from = d;
        }
        if (right.Length > 0)
        {
            if (!TryDate(right, out var d))
            {
                return false;
            }
            to = d;
        }
        return from is not null || to is not null;
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static Query DateRange(DateOnly? from, DateOnly? to) =>
        NumericRangeQuery.NewInt64Range(
            IndexSchema.DocumentDateNumber,
            from is { } f ? MetadataFields.DateKey(f) : null,
            to is { } t ? MetadataFields.DateKey(t) : null,
            true,
            true);

    private static TermQuery Term(string field, string value) => new(new Term(field, value));

    private Query? Phrase(string field, string value)
    {
        var terms = TokenLists.Analyze(analyzers.Folded, field, value, 32);
        if (terms.Count == 0)
        {
            return null;
        }
        var phrase = new PhraseQuery();
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term));
        }
        return phrase;
    }
}
