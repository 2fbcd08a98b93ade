using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Archive;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EdocMan.Search.Data.Configurations;

internal sealed class FilePlanConfiguration : IEntityTypeConfiguration<FilePlan>
{
    public void Configure(EntityTypeBuilder<FilePlan> builder)
    {
        builder.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
        // One plan per agency and year.
        builder.HasIndex(p => new { p.AgencyId, p.Year }).IsUnique();
    }
}

internal sealed class FilePlanItemConfiguration : IEntityTypeConfiguration<FilePlanItem>
{
    public void Configure(EntityTypeBuilder<FilePlanItem> builder)
    {
        builder.HasOne<FilePlan>().WithMany().HasForeignKey(i => i.FilePlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(i => i.ResponsibleAccountId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => new { i.FilePlanId, i.Code }).IsUnique();
        builder.Property(i => i.Heading).HasMaxLength(200);
        builder.Property(i => i.HeadingCode).HasMaxLength(20);
        builder.Property(i => i.Code).HasMaxLength(20);
        builder.Property(i => i.Title).HasMaxLength(500);
        builder.Property(i => i.Notes).HasMaxLength(500);
    }
}

internal sealed class CaseFileConfiguration : IEntityTypeConfiguration<CaseFile>
{
    public void Configure(EntityTypeBuilder<CaseFile> builder)
    {
        builder.HasOne<Agency>().WithMany().HasForeignKey(f => f.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FilePlanItem>().WithMany().HasForeignKey(f => f.FilePlanItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(f => f.OwnerAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ArchiveTransfer>().WithMany().HasForeignKey(f => f.ArchiveTransferId).OnDelete(DeleteBehavior.Restrict);
        // FileCode = agency + year + notation: unique, as Annex VI requires of an identifier.
        builder.HasIndex(f => new { f.AgencyId, f.Year, f.Code }).IsUnique();
        // The archivist's "due for transfer" list reads closed files by end date.
        builder.HasIndex(f => new { f.AgencyId, f.Status, f.EndDate });
        builder.HasIndex(f => f.OwnerAccountId);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(f => f.Code).HasMaxLength(20);
        builder.Property(f => f.Title).HasMaxLength(500);
        builder.Property(f => f.AccessRegime).HasMaxLength(30);
        builder.Property(f => f.Description).HasMaxLength(500);
    }
}

internal sealed class CaseFileDocumentConfiguration : IEntityTypeConfiguration<CaseFileDocument>
{
    public void Configure(EntityTypeBuilder<CaseFileDocument> builder)
    {
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(d => d.CaseFileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Document>().WithMany().HasForeignKey(d => d.DocumentId).OnDelete(DeleteBehavior.Cascade);
        // A document sits in a file once; it may sit in many files.
        builder.HasIndex(d => new { d.CaseFileId, d.DocumentId }).IsUnique();
        builder.HasIndex(d => d.DocumentId);
        builder.Property(d => d.Notes).HasMaxLength(500);
    }
}

internal sealed class CaseFileShareConfiguration : IEntityTypeConfiguration<CaseFileShare>
{
    public void Configure(EntityTypeBuilder<CaseFileShare> builder)
    {
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(s => s.CaseFileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CaseFileId, s.AccountId, s.AgencyId }).IsUnique();
        builder.HasIndex(s => s.AccountId);
        builder.ToTable(t => t.HasCheckConstraint("CK_CaseFileShares_Grantee",
            "(\"AccountId\" IS NULL) <> (\"AgencyId\" IS NULL)"));
    }
}

internal sealed class ArchiveTransferConfiguration : IEntityTypeConfiguration<ArchiveTransfer>
{
    public void Configure(EntityTypeBuilder<ArchiveTransfer> builder)
    {
        builder.HasOne<Agency>().WithMany().HasForeignKey(t => t.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(t => t.ReceivedBy).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.BatchName).HasMaxLength(300);
        builder.Property(t => t.HandedOverBy).HasMaxLength(200);
        builder.Property(t => t.PackageSha256).HasMaxLength(64);
        builder.HasIndex(t => t.AgencyId);
    }
}
