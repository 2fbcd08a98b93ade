namespace EdocMan.Search.Core.Search;

/// <summary>A search as the user typed it, with the permission filter the caller is entitled to.</summary>
/// <param name="Text">The raw query text; the index parses it and never fails on it.</param>
/// <param name="AccessTokens">
/// The user's access tokens (<see cref="Permissions.AccessPolicy.ForUser"/>): only entries carrying one
/// of them are found. An empty set finds nothing; there is deliberately no "everything" value so that
/// a forgotten filter cannot leak documents.
/// </param>
/// <param name="Page">1-based page of results.</param>
/// <param name="PageSize">Hits per page.</param>
public sealed partial record SearchQuery(string Text, IReadOnlyCollection<string> AccessTokens, int Page = 1, int PageSize = 10);
