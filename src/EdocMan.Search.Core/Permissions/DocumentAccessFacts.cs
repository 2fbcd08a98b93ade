using EdocMan.Search.Core.Documents;

namespace EdocMan.Search.Core.Permissions;

/// <summary>Everything that decides who may see a document.</summary>
/// <param name="AgencyCode">The agency whose register holds the document.</param>
/// <param name="Register">Which of its registers.</param>
/// <param name="Published">Published to the whole province.</param>
/// <param name="UploadedBy">The account that put it into the system, if known.</param>
/// <param name="RecipientAgencies">Agencies in the system an outgoing document was sent to (nơi nhận).</param>
/// <param name="SharedAgencies">Agencies it was explicitly shared with.</param>
/// <param name="SharedUsers">Accounts it was explicitly shared with or assigned to.</param>
public sealed record DocumentAccessFacts(
    string AgencyCode,
    RegisterKind Register,
    bool Published,
    int? UploadedBy,
    IReadOnlyCollection<string> RecipientAgencies,
    IReadOnlyCollection<string> SharedAgencies,
    IReadOnlyCollection<int> SharedUsers);
