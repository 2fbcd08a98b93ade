using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EdocMan.Search.Data.Configurations;

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> builder)
    {
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.QueryString).HasMaxLength(2000);
        builder.HasIndex(s => new { s.AccountId, s.Name }).IsUnique();
    }
}

internal sealed class SearchHistoryEntryConfiguration : IEntityTypeConfiguration<SearchHistoryEntry>
{
    public void Configure(EntityTypeBuilder<SearchHistoryEntry> builder)
    {
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Query).HasMaxLength(500);
        builder.Property(s => s.QueryString).HasMaxLength(2000);
        // Recent searches read one account's newest rows; reports count an agency's rows by period.
        builder.HasIndex(s => new { s.AccountId, s.At });
        builder.HasIndex(s => new { s.AgencyId, s.At });
    }
}
