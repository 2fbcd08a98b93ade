using EdocMan.Search.Core.Accounts;

namespace EdocMan.Search.Core.Tests.Accounts;

public sealed class UsernameGeneratorTests
{
    [Theory]
    [InlineData("Nguyễn Văn Chiến", "chiennv")]
    [InlineData("Trần Thị Hồng Nhung", "nhungtth")]
    [InlineData("Đặng Đức Anh", "anhdd")]
    [InlineData("  Lò   Thị Hạnh ", "hanhlt")]
    public void The_seed_rule_given_name_then_initials(string fullName, string expected) =>
        Assert.Equal(expected, UsernameGenerator.Generate(fullName, _ => false));

    [Fact]
    public void Collisions_get_a_number()
    {
        var taken = new HashSet<string> { "chiennv", "chiennv2" };
        Assert.Equal("chiennv3", UsernameGenerator.Generate("Nguyễn Văn Chiến", taken.Contains));
    }

    [Fact]
    public void An_empty_name_is_refused() =>
        Assert.Throws<ArgumentException>(() => UsernameGenerator.Generate("  ", _ => false));
}
