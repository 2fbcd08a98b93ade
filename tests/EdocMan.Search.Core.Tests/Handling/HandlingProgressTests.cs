using EdocMan.Search.Core.Handling;

namespace EdocMan.Search.Core.Tests.Handling;

public sealed class HandlingProgressTests
{
    private static HandlingAssignment A(HandlingRole role, AssignmentStatus status, long? parent = null) =>
        new() { Role = role, Status = status, ParentId = parent, AccountId = 1 };

    [Fact]
    public void Nothing_assigned_is_received() =>
        Assert.Equal(HandlingStatus.Received, HandlingProgress.Derive([]));

    [Fact]
    public void Only_withdrawn_assignments_count_as_received() =>
        Assert.Equal(HandlingStatus.Received, HandlingProgress.Derive([A(HandlingRole.Lead, AssignmentStatus.Withdrawn)]));

    [Fact]
    public void Assigned_until_someone_starts() =>
        Assert.Equal(HandlingStatus.Assigned, HandlingProgress.Derive(
            [A(HandlingRole.Lead, AssignmentStatus.Assigned), A(HandlingRole.CoHandler, AssignmentStatus.Assigned)]));

    [Fact]
    public void A_started_co_handler_puts_the_document_in_progress() =>
        Assert.Equal(HandlingStatus.InProgress, HandlingProgress.Derive(
            [A(HandlingRole.Lead, AssignmentStatus.Assigned), A(HandlingRole.CoHandler, AssignmentStatus.Done)]));

    [Fact]
    public void The_lead_done_is_done_even_if_co_handlers_are_not() =>
        Assert.Equal(HandlingStatus.Done, HandlingProgress.Derive(
            [A(HandlingRole.Lead, AssignmentStatus.Done), A(HandlingRole.CoHandler, AssignmentStatus.InProgress)]));

    [Fact]
    public void A_unit_heads_reassignment_done_is_not_the_leaders_lead_done() =>
        Assert.Equal(HandlingStatus.InProgress, HandlingProgress.Derive(
            [A(HandlingRole.Lead, AssignmentStatus.InProgress), A(HandlingRole.Lead, AssignmentStatus.Done, parent: 1)]));

    [Fact]
    public void A_withdrawn_lead_that_was_done_does_not_make_the_document_done() =>
        Assert.Equal(HandlingStatus.Assigned, HandlingProgress.Derive(
            [A(HandlingRole.Lead, AssignmentStatus.Withdrawn), A(HandlingRole.Lead, AssignmentStatus.Assigned)]));
}
