using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EdocMan.Search.Data.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        // Usernames are e-mail local parts on the province's one mail domain, so unique province-wide.
        builder.Property(a => a.Username).HasMaxLength(64);
        builder.HasIndex(a => a.Username).IsUnique();
        builder.Property(a => a.FullName).HasMaxLength(100);
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
        // Units and accounts point at each other (member of, head of): save a new unit before its head.
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(a => a.Roles)
            .HasConversion(
                roles => string.Join(',', roles),
                stored => stored.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(),
                new ValueComparer<List<string>>(
                    (x, y) => x!.SequenceEqual(y!),
                    v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))),
                    v => v.ToList()))
            .HasMaxLength(200);
    }
}
