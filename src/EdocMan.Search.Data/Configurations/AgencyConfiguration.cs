using EdocMan.Search.Core.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EdocMan.Search.Data.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.Property(a => a.Code).HasMaxLength(32);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Symbol).HasMaxLength(20);
        builder.Property(a => a.OrganisationCode).HasMaxLength(20);
    }
}
