using EdocMan.Search.Core.Documents;

namespace EdocMan.Search.Core.Search;

/// <summary>What the index receives for one document: metadata for filters and display, and page texts.</summary>
/// <param name="AccessTokens">
/// Who may see the entry (see <see cref="Permissions.AccessTokens"/>); an entry without tokens is found by no one.
/// </param>
public sealed record IndexDocument(
    Guid Id,
    string AgencyCode,
    RegisterKind Register,
    string Title,
    string? Number,
    string? DocumentType,
    string? Issuer,
    string? Signer,
    DateOnly? DocumentDate,
    DateTimeOffset CreatedAt,
    string FileName,
    IReadOnlyList<IndexPage> Pages,
    IReadOnlyCollection<string> AccessTokens);

/// <summary>One page of normalised text. <paramref name="Number"/> is 1-based.</summary>
public sealed record IndexPage(int Number, string Text);
