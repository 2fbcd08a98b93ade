using EdocMan.Search.Core.Documents;

namespace EdocMan.Search.Api.Tests.Features.Permissions;

/// <summary>A random official of the randomized visibility test.</summary>
internal sealed record WorldUser(int Id, string Username, string Agency, string[] Roles);

/// <summary>A random document of the randomized visibility test and who it is published, sent or shared to.</summary>
internal sealed class WorldDocument
{
    public required Guid Id { get; init; }

    public required string Agency { get; init; }

    public required RegisterKind Register { get; init; }

    public required string Marker { get; init; }

    public int? UploadedBy { get; init; }

    public bool Published { get; set; }

    public HashSet<string> Recipients { get; set; } = [];

    public HashSet<string> SharedAgencies { get; set; } = [];

    public HashSet<int> SharedUsers { get; set; } = [];
}

/// <summary>
/// The expected answer, written from docs/permissions.md as plain conditions and deliberately not
/// through access tokens, so that a mistake in the token scheme cannot hide in both places.
/// </summary>
internal static class VisibilityOracle
{
    public static bool MaySee(WorldUser user, WorldDocument doc)
    {
        var runsTheRegisters = user.Roles.Any(r => r is "vanthu" or "lanhdao" or "quantridonvi");
        if (doc.Published || doc.UploadedBy == user.Id || doc.SharedUsers.Contains(user.Id) || doc.SharedAgencies.Contains(user.Agency))
        {
            return true;
        }
        if (doc.Agency == user.Agency)
        {
            // Outgoing and internal registers are open to every member; incoming mail to those who run the registers.
            return doc.Register != RegisterKind.Incoming || runsTheRegisters;
        }
        // Sent to the user's agency: it sits in their incoming queue.
        return doc.Register == RegisterKind.Outgoing && doc.Recipients.Contains(user.Agency) && runsTheRegisters;
    }
}
