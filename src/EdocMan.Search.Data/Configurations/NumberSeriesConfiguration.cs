using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EdocMan.Search.Data.Configurations;

internal sealed class NumberSeriesConfiguration : IEntityTypeConfiguration<NumberSeries>
{
    public void Configure(EntityTypeBuilder<NumberSeries> builder)
    {
        builder.HasKey(s => new { s.AgencyId, s.Kind, s.Year, s.Series });
        builder.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.Series).HasMaxLength(20);
    }
}
