namespace EdocMan.Search.Core.Accounts;

/// <summary>One official's account. Each official has exactly one (seed regulation, Art. 7).</summary>
public sealed class Account
{
    public int Id { get; set; }

    public int AgencyId { get; set; }

    /// <summary>The unit of the agency the official works in, when known.</summary>
    public int? UnitId { get; set; }

    /// <summary>Login name: the e-mail local part, e.g. <c>chiennv</c>.</summary>
    public required string Username { get; set; }

    public required string FullName { get; set; }

    public required string PasswordHash { get; set; }

    /// <summary>An issued password must be replaced before the account can do anything else.</summary>
    public bool MustChangePassword { get; set; }

    public bool Disabled { get; set; }

    /// <summary>Roles as stored role codes; see <see cref="Roles"/>.</summary>
    public List<string> Roles { get; set; } = [];

    public int FailedLogins { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}
