using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EdocMan.Search.Data.Configurations;

internal sealed class DocumentGrantConfiguration : IEntityTypeConfiguration<DocumentGrant>
{
    public void Configure(EntityTypeBuilder<DocumentGrant> builder)
    {
        builder.HasOne<Document>().WithMany().HasForeignKey(g => g.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(g => g.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(g => g.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(g => g.Kind).HasConversion<string>().HasMaxLength(10);
        // One grant of a kind per document and grantee: granting twice changes nothing.
        builder.HasIndex(g => new { g.DocumentId, g.Kind, g.AgencyId, g.AccountId }).IsUnique();
        // "What reaches this agency's incoming queue" is a lookup by recipient.
        builder.HasIndex(g => new { g.AgencyId, g.Kind });
        builder.ToTable(t => t.HasCheckConstraint("CK_DocumentGrants_Grantee",
            "(\"Kind\" = 'User' AND \"AccountId\" IS NOT NULL AND \"AgencyId\" IS NULL) OR " +
            "(\"Kind\" <> 'User' AND \"AgencyId\" IS NOT NULL AND \"AccountId\" IS NULL)"));
    }
}
