namespace EdocMan.Search.Core.Permissions;

/// <summary>
/// One extension of a document's visibility beyond its own agency's rules: a recipient agency, an
/// agency it is shared with, or an account it is shared with or assigned to.
/// </summary>
public sealed class DocumentGrant
{
    public long Id { get; set; }

    public Guid DocumentId { get; set; }

    public GrantKind Kind { get; set; }

    /// <summary>Set for <see cref="GrantKind.Recipient"/> and <see cref="GrantKind.Agency"/>.</summary>
    public int? AgencyId { get; set; }

    /// <summary>Set for <see cref="GrantKind.User"/>.</summary>
    public int? AccountId { get; set; }

    public int? GrantedBy { get; set; }

    public DateTimeOffset GrantedAt { get; set; }
}

/// <summary>What a <see cref="DocumentGrant"/> gives.</summary>
public enum GrantKind
{
    /// <summary>Nơi nhận: the document reaches the agency's incoming queue (its văn thư, lãnh đạo, quản trị).</summary>
    Recipient = 0,

    /// <summary>Shared with every member of the agency.</summary>
    Agency = 1,

    /// <summary>Shared with, or assigned to, one account.</summary>
    User = 2,
}
