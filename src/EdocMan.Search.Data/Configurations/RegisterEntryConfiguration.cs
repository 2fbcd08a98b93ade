using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EdocMan.Search.Data.Configurations;

internal sealed class RegisterEntryConfiguration : IEntityTypeConfiguration<RegisterEntry>
{
    public void Configure(EntityTypeBuilder<RegisterEntry> builder)
    {
        builder.HasOne<Agency>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Document>().WithMany().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Cascade);
        // The last line of defence for the numbering: never two entries with one number in one series.
        builder.HasIndex(e => new { e.AgencyId, e.Kind, e.Year, e.Series, e.Number }).IsUnique();
        // A document is one line of one register.
        builder.HasIndex(e => e.DocumentId).IsUnique();
        // The daily register and the duplicate warning read by day and by number and symbol.
        builder.HasIndex(e => new { e.AgencyId, e.Kind, e.RegisteredOn });
        builder.HasIndex(e => new { e.NumberSymbol, e.Issuer });
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Urgency).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Arrival).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Series).HasMaxLength(20);
        builder.Property(e => e.NumberSymbol).HasMaxLength(50);
        builder.Property(e => e.DocumentType).HasMaxLength(10);
        builder.Property(e => e.Summary).HasMaxLength(500);
        builder.Property(e => e.Issuer).HasMaxLength(200);
        builder.Property(e => e.Signer).HasMaxLength(150);
        builder.Property(e => e.Recipients).HasMaxLength(1000);
        builder.Property(e => e.FileCopyHolder).HasMaxLength(200);
        builder.Property(e => e.ReceivedBy).HasMaxLength(200);
        builder.Property(e => e.Notes).HasMaxLength(1000);
    }
}
