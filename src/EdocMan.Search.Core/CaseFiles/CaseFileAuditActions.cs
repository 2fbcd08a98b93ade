namespace EdocMan.Search.Core.CaseFiles;

/// <summary>Audit actions of file plans and case files (kept beside the feature, read like <c>AuditActions</c>).</summary>
public static class CaseFileAuditActions
{
    public const string PlanChange = "fileplan.change";
    public const string PlanApprove = "fileplan.approve";
    public const string PlanReopen = "fileplan.reopen";
    public const string Open = "casefile.open";
    public const string Change = "casefile.change";
    public const string Close = "casefile.close";
    public const string Reopen = "casefile.reopen";
    public const string Share = "casefile.share";
}
