using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Data;

/// <summary>The system's database: agencies, accounts, documents with their page texts, and ingestion jobs.</summary>
/// <remarks>Not thread-safe, like every DbContext: one per request or per unit of work.</remarks>
public sealed class EdocManDbContext(DbContextOptions<EdocManDbContext> options) : DbContext(options)
{
    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<DocumentPage> DocumentPages => Set<DocumentPage>();

    public DbSet<IngestionJob> IngestionJobs => Set<IngestionJob>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EdocManDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset natively; store UTC ticks so queries sort correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToTicksConverter>();
    }
}
