using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Core.Search;

namespace EdocMan.Search.Indexing.Tests.Support;

/// <summary>Builds index documents for tests.</summary>
public static class Docs
{
    public static IndexDocument Make(
        string title,
        string agency = "tttt",
        string? number = null,
        Guid? id = null,
        params string[] pages) =>
        new(
            id ?? Guid.NewGuid(),
            agency,
            RegisterKind.Incoming,
            title,
            number,
            number is null ? null : "QĐ",
            "UBND tỉnh Lào Cai",
            null,
            new DateOnly(2014, 5, 12),
            DateTimeOffset.UnixEpoch,
            "van-ban.pdf",
            pages.Select((text, i) => new IndexPage(i + 1, text)).ToList(),
            [AccessTokens.Agency(agency)]);

    /// <summary>A query by a member of <paramref name="agencies"/> (default <c>tttt</c>), who sees what is shared with those agencies.</summary>
    public static SearchQuery Query(string text, params string[] agencies) =>
        new(text, (agencies.Length == 0 ? ["tttt"] : agencies).Select(a => string.IsNullOrWhiteSpace(a) ? a : AccessTokens.Agency(a)).ToList());
}
