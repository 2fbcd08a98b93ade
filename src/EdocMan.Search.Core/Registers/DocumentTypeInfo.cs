namespace EdocMan.Search.Core.Registers;

/// <summary>
/// One of the document types of Decree 30/2020 (Art. 7, Annex III), kept as editable reference data:
/// the name, and the abbreviation that goes into the number and symbol.
/// </summary>
public sealed class DocumentTypeInfo
{
    /// <summary>Stable key, e.g. <c>QĐ</c>; for types without abbreviation a made-up one (<c>CV</c>, <c>THC</c>).</summary>
    public required string Code { get; set; }

    /// <summary>Vietnamese name, e.g. "Quyết định".</summary>
    public required string Name { get; set; }

    /// <summary>What the symbol carries (<c>QĐ</c>); <c>null</c> for công văn and thư công, which have none.</summary>
    public string? Abbreviation { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Retired types stay for old entries but are not offered for new ones.</summary>
    public bool Active { get; set; } = true;
}
