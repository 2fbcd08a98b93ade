using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Handling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EdocMan.Search.Data.Configurations;

internal sealed class HandlingAssignmentConfiguration : IEntityTypeConfiguration<HandlingAssignment>
{
    public void Configure(EntityTypeBuilder<HandlingAssignment> builder)
    {
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Document>().WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Document>().WithMany().HasForeignKey(a => a.ReplyDocumentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<HandlingAssignment>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(a => a.Instruction).HasMaxLength(2000);
        builder.Property(a => a.Result).HasMaxLength(4000);
        // The tracker reads an agency's open assignments by deadline; "my work" reads by handler.
        builder.HasIndex(a => new { a.AgencyId, a.Status, a.Deadline });
        builder.HasIndex(a => new { a.AccountId, a.Status });
        builder.HasIndex(a => new { a.UnitId, a.Status });
        builder.HasIndex(a => a.DocumentId);
        builder.ToTable(t => t.HasCheckConstraint("CK_HandlingAssignments_Assignee",
            "(\"UnitId\" IS NULL) <> (\"AccountId\" IS NULL)"));
    }
}

internal sealed class HandlingNoteConfiguration : IEntityTypeConfiguration<HandlingNote>
{
    public void Configure(EntityTypeBuilder<HandlingNote> builder)
    {
        builder.HasOne<HandlingAssignment>().WithMany().HasForeignKey(n => n.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(n => n.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(n => n.Text).HasMaxLength(4000);
        builder.HasIndex(n => new { n.AssignmentId, n.At });
    }
}
