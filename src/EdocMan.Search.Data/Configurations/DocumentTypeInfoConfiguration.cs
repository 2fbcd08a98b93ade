using EdocMan.Search.Core.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EdocMan.Search.Data.Configurations;

internal sealed class DocumentTypeInfoConfiguration : IEntityTypeConfiguration<DocumentTypeInfo>
{
    public void Configure(EntityTypeBuilder<DocumentTypeInfo> builder)
    {
        builder.ToTable("DocumentTypes");
        builder.HasKey(t => t.Code);
        builder.Property(t => t.Code).HasMaxLength(10);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Abbreviation).HasMaxLength(10);
        // Seeded by the migration; administrators edit them afterwards.
        builder.HasData(DocumentTypeCatalog.Decree30.Select(t => new DocumentTypeInfo
        {
            Code = t.Code, Name = t.Name, Abbreviation = t.Abbreviation, SortOrder = t.SortOrder, Active = true,
        }));
    }
}
