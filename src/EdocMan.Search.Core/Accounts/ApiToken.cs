namespace EdocMan.Search.Core.Accounts;

/// <summary>
/// A token a script presents as <c>Authorization: Bearer …</c> to act as its owner's account.
/// </summary>
/// <remarks>
/// Only the SHA-256 of the secret is stored: the secret is 256 random bits, so a fast hash is enough
/// (no password stretching needed) and a stolen database does not reveal usable tokens.
/// </remarks>
public sealed class ApiToken
{
    public long Id { get; set; }

    public int AccountId { get; set; }

    /// <summary>What the owner calls it, e.g. "Đồng bộ hồ sơ".</summary>
    public required string Name { get; set; }

    /// <summary>Lower-case hex SHA-256 of the secret.</summary>
    public required string TokenHash { get; set; }

    /// <summary>The first characters of the secret, so the owner can tell tokens apart.</summary>
    public required string Prefix { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
