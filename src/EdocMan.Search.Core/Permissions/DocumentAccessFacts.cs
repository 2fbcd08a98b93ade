using EdocMan.Search.Core.Documents;

namespace EdocMan.Search.Core.Permissions;

/// <summary>Everything that decides who may see a document.</summary>
/// <param name="AgencyCode">The agency whose register holds the document.</param>
/// <param name="Register">Which of its registers.</param>
/// <param name="Published">Published to the whole province.</param>
/// <param name="UploadedBy">The account that put it into the system, if known.</param>
/// <param name="RecipientAgencies">Agencies in the system an outgoing document was sent to (nơi nhận).</param>
/// <param name="SharedAgencies">Agencies it was explicitly shared with.</param>
/// <param name="SharedUsers">Accounts it was explicitly shared with.</param>
/// <param name="Handlers">
/// Accounts answering for an active or done handling assignment: the person assigned, or the head of the
/// unit assigned. Derived from the assignments, never stored as shares, so replacing the shares cannot
/// drop a handler and a new unit head takes over the unit's reading right.
/// </param>
public sealed record DocumentAccessFacts(
    string AgencyCode,
    RegisterKind Register,
    bool Published,
    int? UploadedBy,
    IReadOnlyCollection<string> RecipientAgencies,
    IReadOnlyCollection<string> SharedAgencies,
    IReadOnlyCollection<int> SharedUsers,
    IReadOnlyCollection<int> Handlers);
