namespace EdocMan.Search.Core.Audit;

/// <summary>One line of the audit log (nhật ký hệ thống): who did what to which document, and when.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public int? AccountId { get; set; }

    public int? AgencyId { get; set; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public required string Action { get; set; }

    public Guid? DocumentId { get; set; }

    /// <summary>What changed, in a few words; never document contents.</summary>
    public string? Detail { get; set; }
}

/// <summary>The actions the audit log records.</summary>
public static class AuditActions
{
    public const string Register = "register";
    public const string RegisterRefused = "register.refused";
    public const string RegisterClose = "register.close";
    public const string RegisterCorrect = "register.correct";
    public const string AccessChange = "access.change";
    public const string View = "document.view";
    public const string Download = "document.download";
    public const string Purge = "document.purge";
    public const string AccountChange = "account.change";
    public const string AgencyChange = "agency.change";
    public const string Login = "login";
    public const string LoginFailed = "login.failed";
    public const string HandlingAssign = "handling.assign";
    public const string HandlingWithdraw = "handling.withdraw";
    public const string HandlingDone = "handling.done";
}
