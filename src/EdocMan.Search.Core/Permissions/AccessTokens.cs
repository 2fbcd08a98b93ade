using System.Globalization;

namespace EdocMan.Search.Core.Permissions;

/// <summary>
/// The words of the permission filter. A document carries the tokens of everyone who may see it; a
/// user carries the tokens that describe them; a document is visible when the two sets meet.
/// </summary>
/// <remarks>
/// Implementation note: tokens are plain lower-case ASCII strings so that the index can store them
/// as untokenised terms and the search can filter on them inside the query itself: hits, totals and
/// snippets then never include a forbidden document, and there is no post-filtering to forget.
/// Pure and thread-safe.
/// </remarks>
public static class AccessTokens
{
    /// <summary>Published to every agency of the province.</summary>
    public const string Public = "public";

    /// <summary>Every member of the agency, whatever their role.</summary>
    public static string Agency(string agencyCode) => "agency:" + Code(agencyCode);

    /// <summary>Members of the agency who hold <paramref name="role"/>.</summary>
    public static string AgencyRole(string agencyCode, string role) =>
        "agency:" + Code(agencyCode) + ":role:" + role.Trim().ToLowerInvariant();

    /// <summary>One account.</summary>
    public static string User(int accountId) => "user:" + accountId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The canonical form of a token: trimmed, lower case.</summary>
    public static string Normalize(string token) => token.Trim().ToLowerInvariant();

    private static string Code(string agencyCode) => agencyCode.Trim().ToLowerInvariant();
}
