using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EdocMan.Search.Data.Configurations;

internal sealed class IngestionJobConfiguration : IEntityTypeConfiguration<IngestionJob>
{
    public void Configure(EntityTypeBuilder<IngestionJob> builder)
    {
        builder.HasOne<Document>().WithMany().HasForeignKey(j => j.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(j => new { j.State, j.Id });
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(10);
        builder.Property(j => j.LastError).HasMaxLength(2000);
    }
}
