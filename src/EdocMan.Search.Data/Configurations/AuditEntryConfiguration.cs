using EdocMan.Search.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EdocMan.Search.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        // No foreign keys on purpose: the log outlives purged documents and disabled accounts.
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.AgencyId, e.At });
        builder.HasIndex(e => e.DocumentId);
        builder.Property(e => e.Action).HasMaxLength(30);
        builder.Property(e => e.Detail).HasMaxLength(1000);
    }
}
