using EdocMan.Search.Core.Documents;

namespace EdocMan.Search.Core.Search;

/// <summary>One page of ranked hits and the total number of matching documents.</summary>
public sealed record SearchResults(long Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits);

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
