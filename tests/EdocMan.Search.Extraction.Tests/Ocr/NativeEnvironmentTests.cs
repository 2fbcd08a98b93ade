using EdocMan.Search.Extraction.Ocr;

namespace EdocMan.Search.Extraction.Tests.Ocr;

// The deployment target is Linux (Debian); these tests document why libc's setenv is needed there.
public sealed class NativeEnvironmentTests
{
    [Fact]
    public void Native_code_sees_what_Set_wrote_but_not_what_Environment_wrote()
    {
        var viaLibc = "EDOCMAN_TEST_" + Guid.NewGuid().ToString("N");
        var viaDotNet = "EDOCMAN_TEST_" + Guid.NewGuid().ToString("N");

        Assert.True(NativeEnvironment.Set(viaLibc, "1", overwrite: true));
        Environment.SetEnvironmentVariable(viaDotNet, "1");

        Assert.Equal("1", NativeEnvironment.Get(viaLibc));
        Assert.Null(NativeEnvironment.Get(viaDotNet));
    }

    [Fact]
    public void Set_without_overwrite_keeps_the_operators_value()
    {
        var name = "EDOCMAN_TEST_" + Guid.NewGuid().ToString("N");
        NativeEnvironment.Set(name, "4", overwrite: true);

        NativeEnvironment.Set(name, "1", overwrite: false);

        Assert.Equal("4", NativeEnvironment.Get(name));
    }
}
