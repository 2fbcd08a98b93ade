using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EdocMan.Search.Data.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
        // The same bytes may be registered by two agencies (each keeps its own copy in its register),
        // but not twice by one agency.
        builder.HasIndex(d => new { d.AgencyId, d.Sha256 }).IsUnique();
        builder.HasIndex(d => d.Status);
        builder.Property(d => d.Title).HasMaxLength(500);
        builder.Property(d => d.Number).HasMaxLength(50);
        builder.Property(d => d.DocumentType).HasMaxLength(10);
        builder.Property(d => d.Issuer).HasMaxLength(200);
        builder.Property(d => d.Signer).HasMaxLength(100);
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.FailureReason).HasMaxLength(1000);
        builder.Property(d => d.SearchablePdfSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.Register).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(12);
    }
}
