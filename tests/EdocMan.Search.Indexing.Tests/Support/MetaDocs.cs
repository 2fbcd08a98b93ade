using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Core.Search;

namespace EdocMan.Search.Indexing.Tests.Support;

/// <summary>Index documents with chosen metadata, for filters, facets and sorting.</summary>
public static class MetaDocs
{
    public static IndexDocument Make(
        string title,
        string page,
        string agency = "tttt",
        string? type = null,
        string? number = null,
        string? issuer = null,
        string? signer = null,
        DateOnly? date = null,
        RegisterKind register = RegisterKind.Incoming) =>
        new(Guid.NewGuid(), agency, register, title, number, type, issuer, signer, date, DateTimeOffset.UnixEpoch,
            "van-ban.pdf", [new IndexPage(1, page)], [AccessTokens.Agency(agency)]);

    public static SearchQuery Query(string text, params string[] agencies) => Docs.Query(text, agencies);
}
