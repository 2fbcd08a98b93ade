using EdocMan.Search.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EdocMan.Search.Data.Configurations;

internal sealed class DocumentPageConfiguration : IEntityTypeConfiguration<DocumentPage>
{
    public void Configure(EntityTypeBuilder<DocumentPage> builder)
    {
        builder.HasKey(p => new { p.DocumentId, p.Number });
        builder.HasOne<Document>().WithMany().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.Note).HasMaxLength(500);
        builder.Property(p => p.UncertainWords).HasMaxLength(4000);
    }
}
