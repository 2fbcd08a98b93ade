using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Archive;
using EdocMan.Search.Core.Audit;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Handling;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Data;

/// <summary>The system's database: agencies, accounts, documents with their page texts and access grants,
/// registers and their number series, document types, the audit log, ingestion jobs, units and the
/// handling of incoming documents, file plans, case files and archive transfers, saved and past searches.</summary>
/// <remarks>Not thread-safe, like every DbContext: one per request or per unit of work.</remarks>
public sealed class EdocManDbContext(DbContextOptions<EdocManDbContext> options) : DbContext(options)
{
    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<AgencyFormerName> AgencyFormerNames => Set<AgencyFormerName>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<DocumentPage> DocumentPages => Set<DocumentPage>();

    public DbSet<IngestionJob> IngestionJobs => Set<IngestionJob>();

    public DbSet<DocumentGrant> DocumentGrants => Set<DocumentGrant>();

    public DbSet<DocumentTypeInfo> DocumentTypes => Set<DocumentTypeInfo>();

    public DbSet<RegisterEntry> RegisterEntries => Set<RegisterEntry>();

    public DbSet<NumberSeries> NumberSeries => Set<NumberSeries>();

    public DbSet<RegisterDay> RegisterDays => Set<RegisterDay>();

    public DbSet<RegisterAnnotation> RegisterAnnotations => Set<RegisterAnnotation>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();

    public DbSet<HandlingAssignment> HandlingAssignments => Set<HandlingAssignment>();

    public DbSet<HandlingNote> HandlingNotes => Set<HandlingNote>();

    public DbSet<FilePlan> FilePlans => Set<FilePlan>();

    public DbSet<FilePlanItem> FilePlanItems => Set<FilePlanItem>();

    public DbSet<CaseFile> CaseFiles => Set<CaseFile>();

    public DbSet<CaseFileDocument> CaseFileDocuments => Set<CaseFileDocument>();

    public DbSet<CaseFileShare> CaseFileShares => Set<CaseFileShare>();

    public DbSet<ArchiveTransfer> ArchiveTransfers => Set<ArchiveTransfer>();

    public DbSet<SavedSearch> SavedSearches => Set<SavedSearch>();

    public DbSet<SearchHistoryEntry> SearchHistory => Set<SearchHistoryEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EdocManDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset natively; store UTC ticks so queries sort correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToTicksConverter>();
    }
}
