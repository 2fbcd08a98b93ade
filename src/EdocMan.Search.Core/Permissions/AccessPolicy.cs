using System.Text.RegularExpressions;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Documents;

namespace EdocMan.Search.Core.Permissions;

/// <summary>
/// Who may see a document, as access tokens (see <see cref="AccessTokens"/>). The rules are written
/// down, with their reasons, in <c>docs/permissions.md</c>.
/// </summary>
/// <remarks>
/// In short: văn thư, lãnh đạo and quản trị đơn vị see every register of their agency; every member
/// (chuyên viên, lưu trữ too) sees its outgoing and internal registers; incoming documents reach others
/// only by assignment or sharing; recipients of an outgoing document see it as their incoming mail;
/// a published document is seen by everyone; the uploader always sees what they uploaded. The
/// province's system admin administers accounts, not contents, and gets no extra reading right.
/// Pure and thread-safe.
/// </remarks>
public static partial class AccessPolicy
{
    /// <summary>Roles that see every register of their own agency, and the incoming mail sent to it.</summary>
    public static readonly IReadOnlyList<string> AgencyWideRoles = [Roles.Clerk, Roles.Leader, Roles.AgencyAdmin];

    /// <summary>The tokens an index entry carries: anyone holding one of them may see the document.</summary>
    public static IReadOnlyCollection<string> ForDocument(DocumentAccessFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var tokens = new SortedSet<string>(StringComparer.Ordinal);
        AddIncomingQueue(tokens, facts.AgencyCode);
        if (facts.Register != RegisterKind.Incoming)
        {
            // What the agency itself issued or circulates internally is common knowledge inside it.
            tokens.Add(AccessTokens.Agency(facts.AgencyCode));
        }
        if (facts.UploadedBy is { } uploader)
        {
            tokens.Add(AccessTokens.User(uploader));
        }
        foreach (var recipient in facts.RecipientAgencies)
        {
            // For the recipient it is incoming mail: it goes to the same people as its own incoming register.
            AddIncomingQueue(tokens, recipient);
        }
        foreach (var agency in facts.SharedAgencies)
        {
            tokens.Add(AccessTokens.Agency(agency));
        }
        foreach (var user in facts.SharedUsers.Concat(facts.Handlers))
        {
            tokens.Add(AccessTokens.User(user));
        }
        if (facts.Published)
        {
            tokens.Add(AccessTokens.Public);
        }
        return tokens;
    }

    /// <summary>The tokens a signed-in official holds.</summary>
    public static IReadOnlyCollection<string> ForUser(string agencyCode, IEnumerable<string> roles, int accountId)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var tokens = new SortedSet<string>(StringComparer.Ordinal)
        {
            AccessTokens.Public, AccessTokens.Agency(agencyCode), AccessTokens.User(accountId),
        };
        foreach (var role in roles.Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            tokens.Add(AccessTokens.AgencyRole(agencyCode, role));
        }
        return tokens;
    }

    /// <summary>Whether the two token sets meet: the same test the index applies.</summary>
    public static bool Allows(IReadOnlyCollection<string> documentTokens, IReadOnlyCollection<string> userTokens) =>
        documentTokens.Any(userTokens.Contains);

    /// <summary>
    /// Whether a newly registered document is published province-wide unless the clerk says otherwise:
    /// legal normative documents the agency issues (number <c>{n}/{yyyy}/{TYPE}-{ISSUER}</c>, which the law
    /// requires to be public) and directives (CT) of the provincial People's Committee.
    /// </summary>
    public static bool PublishedByDefault(RegisterKind register, string? number, string? documentType, string? issuer)
    {
        if (register != RegisterKind.Outgoing)
        {
            // Incoming copies stay with their receiver; the issuer's own copy is the one published.
            return false;
        }
        if (number is not null && LegalNormativeNumber().IsMatch(number.Trim()))
        {
            return true;
        }
        return string.Equals(documentType?.Trim(), "CT", StringComparison.OrdinalIgnoreCase)
               && issuer is not null
               && UsernameGenerator.Fold(issuer).Contains("ubnd tinh", StringComparison.Ordinal);
    }

    private static void AddIncomingQueue(SortedSet<string> tokens, string agencyCode)
    {
        foreach (var role in AgencyWideRoles)
        {
            tokens.Add(AccessTokens.AgencyRole(agencyCode, role));
        }
    }

    [GeneratedRegex(@"^\d{1,5}/(19|20)\d{2}/[\p{L}\d]+(-[\p{L}\d]+)+$")]
    private static partial Regex LegalNormativeNumber();
}
