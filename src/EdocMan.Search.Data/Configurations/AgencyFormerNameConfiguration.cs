using EdocMan.Search.Core.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EdocMan.Search.Data.Configurations;

internal sealed class AgencyFormerNameConfiguration : IEntityTypeConfiguration<AgencyFormerName>
{
    public void Configure(EntityTypeBuilder<AgencyFormerName> builder)
    {
        builder.HasOne<Agency>().WithMany().HasForeignKey(n => n.AgencyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.AgencyId, n.ValidTo });
        builder.Property(n => n.Name).HasMaxLength(200);
        builder.Property(n => n.Symbol).HasMaxLength(20);
    }
}
