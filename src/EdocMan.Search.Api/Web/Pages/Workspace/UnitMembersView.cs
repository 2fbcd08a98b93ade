using EdocMan.Search.Api.Features.Accounts;
using EdocMan.Search.Api.Features.Handling;

namespace EdocMan.Search.Api.Web.Pages.Workspace;

/// <summary>
/// The member checkboxes of one unit's form (<c>_UnitMembers</c>): the agency's active accounts, those of
/// <paramref name="Unit"/> ticked, and for the others the unit they would move from.
/// </summary>
public sealed record UnitMembersView(
    IReadOnlyList<AccountResponse> Accounts, IReadOnlyDictionary<string, UnitResponse> UnitOf, UnitResponse? Unit);
