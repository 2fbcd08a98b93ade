using EdocMan.Search.Core.Agencies;

namespace EdocMan.Search.Core.Tests.Agencies;

public sealed class AgencyCodeGeneratorTests
{
    [Theory]
    [InlineData("Sở Giao thông vận tải", "gtvt")]
    [InlineData("Sở Thông tin và Truyền thông", "tttt")]
    [InlineData("Sở Lao động - Thương binh và Xã hội", "ldtbxh")]
    [InlineData("Sở Văn hóa, Thể thao và Du lịch", "vhttdl")]
    [InlineData("Sở Nông nghiệp và Phát triển nông thôn", "nnptnt")]
    [InlineData("Văn phòng UBND tỉnh", "vpubnd")]
    [InlineData("UBND huyện Mai Sơn", "maison")]
    [InlineData("UBND thành phố Sơn La", "tpsonla")]
    [InlineData("Ủy ban nhân dân huyện Sốp Cộp", "sopcop")]
    [InlineData("UBND huyện Quỳnh Nhai", "quynhnhai")]
    public void Codes_follow_the_regulations_rule(string name, string code) =>
        Assert.Equal(code, AgencyCodeGenerator.Stem(name));

    [Fact]
    public void A_taken_code_gets_a_number() =>
        Assert.Equal("tt2", AgencyCodeGenerator.Generate("Thanh tra tỉnh", c => c == "tt"));
}
