using EdocMan.Search.Core.Registers;

namespace EdocMan.Search.Core.Tests.Registers;

public sealed class DocumentNumberFormatterTests
{
    [Theory]
    [InlineData(15, "QĐ", "BNV", null, false, "15/QĐ-BNV")]
    [InlineData(5, "TTr", "STTTT", null, false, "05/TTr-STTTT")]
    [InlineData(12, null, "UBND", "VX", false, "12/UBND-VX")]
    [InlineData(3, null, "SGTVT", null, false, "03/SGTVT")]
    [InlineData(31, "QĐ", "UBND", null, true, "31/2014/QĐ-UBND")]
    [InlineData(1, "QĐ", "UBND", null, true, "01/2014/QĐ-UBND")]
    [InlineData(503, "TTr", "S TTTT", null, false, "503/TTr-STTTT")]
    public void Formats_by_Decree_30(int n, string? type, string issuer, string? unit, bool legal, string expected) =>
        Assert.Equal(expected, DocumentNumberFormatter.Format(n, type, issuer, unit, 2014, legal));

    [Fact]
    public void The_29_types_are_seeded_with_their_abbreviations()
    {
        Assert.Equal(29, DocumentTypeCatalog.Decree30.Count);
        Assert.Equal(29, DocumentTypeCatalog.Decree30.Select(t => t.Code).Distinct().Count());
        Assert.Equal(2, DocumentTypeCatalog.Decree30.Count(t => t.Abbreviation is null));
        Assert.Contains(DocumentTypeCatalog.Decree30, t => t.Abbreviation == "QyĐ" && t.Name == "Quy định");
    }
}
