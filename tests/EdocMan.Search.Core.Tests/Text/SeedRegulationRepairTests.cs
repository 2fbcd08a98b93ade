using System.Text.RegularExpressions;
using EdocMan.Search.Core.Text;

namespace EdocMan.Search.Core.Tests.Text;

/// <summary>
/// The text layer of samples/qd-31-2014-ubnd-son-la.pdf (Quyết định 31/2014/QĐ-UBND of Sơn La),
/// committed as TestData: a real regulation whose PDF glues syllables all over.
/// </summary>
public sealed partial class SeedRegulationRepairTests
{
    // Words of the regulation that are not Vietnamese syllables and rightly stay whole.
    private static readonly HashSet<string> NotVietnamese = new(StringComparer.Ordinal)
    {
        "Account", "B", "BNV", "CP", "HSCV", "HĐND", "II", "III", "IV", "NĐ", "QLVB", "QĐ", "STTTT", "TM", "TT", "TTr",
        "UBMTTQ", "UBND", "VT", "VX", "b", "c", "chiennv", "edocman", "email", "gov", "gtvt", "https", "mail", "maison",
        "name", "password", "protected", "sonla", "tpsonla", "user", "vn", "80b",
    };

    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Text", "TestData", "qd-31-2014-ubnd-son-la.txt"));

    [Fact]
    public void Every_glued_syllable_of_the_regulation_is_repaired()
    {
        var repaired = VietnameseTextRepair.Repair(Seed);
        var left = Words().Matches(repaired)
            .Select(m => m.Value)
            .Where(w => !w.All(char.IsDigit) && !NotVietnamese.Contains(w) && !SyllableLexicon.Default.Contains(w))
            .Distinct()
            .ToList();
        // "tứng" is a typo of the source ("tươngtứng" for "tương ứng"): well-formed, so it is kept as a syllable.
        Assert.Equal(["tứng"], left);
    }

    [Theory]
    [InlineData("BAN HÀNH QUY CHẾ QUẢN LÝ, SỬ DỤNG PHẦN MỀM")]
    [InlineData("CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC TỈNH SƠN LA")]
    [InlineData("Căn cứ Luật tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003")]
    [InlineData("ngày 03 tháng 12 năm 2004")]
    [InlineData("Căn cứ Nghị định số 64/2007/NĐ-CP")]
    [InlineData("Quy chế quản lý, sử dụng phần mềm quản lý văn bản")]
    [InlineData("các sở, ban, ngành của tỉnh")]
    [InlineData("Tờ trình số 503/TTr-STTTT ngày 12 tháng 8 năm 2014")]
    public void Known_passages_read_correctly(string passage) =>
        Assert.Contains(passage, VietnameseTextRepair.Repair(Seed), StringComparison.Ordinal);

    [Fact]
    public void Repair_is_idempotent_on_the_regulation()
    {
        var once = VietnameseTextRepair.Repair(Seed);
        Assert.Equal(once, VietnameseTextRepair.Repair(once));
    }

    [GeneratedRegex(@"[\p{L}\p{Mn}\d]+")]
    private static partial Regex Words();
}
