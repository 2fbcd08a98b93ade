namespace EdocMan.Search.Core.Search;

/// <summary>Optional refinements of a search, set by the caller rather than typed in the query text.</summary>
public sealed partial record SearchQuery
{
    /// <summary>Order of the hits; relevance unless asked otherwise.</summary>
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Only documents of this type (ký hiệu loại, e.g. "QĐ"), compared without case or diacritics.</summary>
    public string? DocumentType { get; init; }

    /// <summary>Only documents dated on or after this day.</summary>
    public DateOnly? DateFrom { get; init; }

    /// <summary>Only documents dated on or before this day.</summary>
    public DateOnly? DateTo { get; init; }

    /// <summary>Whether to count the hits per agency, register, type, year and signer (<see cref="SearchResults.Facets"/>).</summary>
    public bool IncludeFacets { get; init; }
}

/// <summary>How hits are ordered.</summary>
public enum SearchSort
{
    /// <summary>Best match first.</summary>
    Relevance = 0,

    /// <summary>Newest document date first; undated documents last.</summary>
    DateDescending = 1,

    /// <summary>Oldest document date first; undated documents last.</summary>
    DateAscending = 2,
}

/// <summary>
/// "Văn bản tương tự": documents whose wording is closest to <paramref name="DocumentId"/>'s, among those
/// the caller may see.
/// </summary>
/// <param name="DocumentId">The document to compare with; it must itself be visible with <paramref name="AccessTokens"/>.</param>
/// <param name="AccessTokens">The caller's access tokens, exactly as for <see cref="SearchQuery"/>.</param>
/// <param name="Count">How many similar documents to return.</param>
public sealed record SimilarQuery(Guid DocumentId, IReadOnlyCollection<string> AccessTokens, int Count = 10);
