using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EdocMan.Search.Data.Configurations;

internal sealed class RegisterDayConfiguration : IEntityTypeConfiguration<RegisterDay>
{
    public void Configure(EntityTypeBuilder<RegisterDay> builder)
    {
        builder.HasKey(d => new { d.AgencyId, d.Kind, d.Day });
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(10);
    }
}

internal sealed class RegisterAnnotationConfiguration : IEntityTypeConfiguration<RegisterAnnotation>
{
    public void Configure(EntityTypeBuilder<RegisterAnnotation> builder)
    {
        builder.HasOne<RegisterEntry>().WithMany().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.EntryId, a.At });
        builder.Property(a => a.Text).HasMaxLength(1000);
    }
}
