namespace EdocMan.Search.Api.Features.Permissions;

/// <summary>Who may see a document beyond its own agency's rules.</summary>
/// <param name="Published">Published to every agency of the province (công bố toàn tỉnh).</param>
/// <param name="Recipients">Codes of agencies an outgoing document is sent to (nơi nhận); it reaches their incoming queue.</param>
/// <param name="Agencies">Codes of agencies every member of which may see it.</param>
/// <param name="Users">Usernames of officials it is shared with.</param>
public sealed record DocumentAccessRequest(bool Published, string[]? Recipients, string[]? Agencies, string[]? Users);

/// <summary>A document's current publication, recipients and shares.</summary>
/// <param name="Users">Usernames of officials it is shared with (what a PUT replaces).</param>
/// <param name="Handlers">
/// Usernames of those handling it (the person assigned, or the head of the unit assigned), who read it for
/// that reason; shown, not changed here: withdrawing the assignment takes the right back.
/// </param>
public sealed record DocumentAccessResponse(
    Guid Id, string Agency, string Register, bool Published,
    IReadOnlyList<string> Recipients, IReadOnlyList<string> Agencies, IReadOnlyList<string> Users,
    IReadOnlyList<string> Handlers);
