namespace EdocMan.Search.Api.Features.Accounts;

/// <summary>A new official's account.</summary>
/// <param name="Agency">The agency's code; an agency admin may only give their own.</param>
/// <param name="FullName">Họ và tên; the username is made from it (Nguyễn Văn Chiến → chiennv).</param>
/// <param name="Roles">Role codes (vanthu, lanhdao, chuyenvien, luutru, quantridonvi, quantrihethong).</param>
public sealed record CreateAccountRequest(string? Agency, string? FullName, string[]? Roles);

/// <summary>New roles of an account.</summary>
public sealed record SetRolesRequest(string[]? Roles);

/// <summary>An account as administrators see it (never its password hash).</summary>
public sealed record AccountResponse(
    int Id, string Username, string FullName, string Agency, IReadOnlyList<string> Roles, IReadOnlyList<string> RoleLabels,
    bool Disabled, bool MustChangePassword, DateTimeOffset? LockedUntil);

/// <summary>An account with the password just issued to it, shown this once.</summary>
public sealed record IssuedAccountResponse(AccountResponse Account, string IssuedPassword);
