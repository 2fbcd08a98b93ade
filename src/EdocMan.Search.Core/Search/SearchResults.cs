using EdocMan.Search.Core.Documents;

namespace EdocMan.Search.Core.Search;

/// <summary>One page of ranked hits and the total number of matching documents.</summary>
public sealed record SearchResults(long Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits)
{
    /// <summary>
    /// Hit counts per agency, register, document type, year and signer, over every hit the caller may
    /// see (not only this page); empty unless <see cref="SearchQuery.IncludeFacets"/> was set.
    /// </summary>
    public IReadOnlyList<Facet> Facets { get; init; } = [];

    /// <summary>A corrected query text when this one found nothing and a correction finds something.</summary>
    public string? DidYouMean { get; init; }
}

/// <summary>The counts of one facet, most frequent value first. Names: agency, register, type, year, signer.</summary>
public sealed record Facet(string Name, IReadOnlyList<FacetValue> Values);

/// <summary>One value of a facet and how many hits have it.</summary>
public sealed record FacetValue(string Value, long Count);

/// <summary>A matching document with the fields needed to show it without a database round-trip.</summary>
public sealed record SearchHit(
    Guid Id,
    string AgencyCode,
    RegisterKind Register,
    string Title,
    string? Number,
    string? DocumentType,
    DateOnly? DocumentDate,
    float Score,
    IReadOnlyList<Snippet> Snippets);

/// <summary>
/// A fragment of a page with the matched words wrapped in <c>&lt;mark&gt;</c>. Everything else in
/// <paramref name="Html"/> is HTML-escaped, so it can be inserted into a page as it is.
/// </summary>
public sealed record Snippet(int Page, string Html);
