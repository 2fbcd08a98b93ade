using EdocMan.Search.Printing.Fonts;
using PdfSharp.Fonts;

namespace EdocMan.Search.Printing.Tests.Fonts;

public sealed class DejaVuFontResolverTests
{
    private readonly DejaVuFontResolver _resolver = new(DejaVuFontResolver.DefaultFontDirectory);

    [Theory]
    [InlineData(false, false, "DejaVuSerif")]
    [InlineData(true, false, "DejaVuSerif-Bold")]
    [InlineData(false, true, "DejaVuSerif-Italic")]
    [InlineData(true, true, "DejaVuSerif-BoldItalic")]
    public void Resolves_each_style_to_its_own_face(bool bold, bool italic, string face)
    {
        Assert.Equal(face, _resolver.ResolveTypeface("DejaVu Serif", bold, italic)?.FaceName);
        Assert.Equal(face, _resolver.ResolveTypeface("dejavu serif", bold, italic)?.FaceName);
    }

    [Fact]
    public void Other_families_are_not_resolved()
    {
        Assert.Null(_resolver.ResolveTypeface("Times New Roman", false, false));
    }

    [Fact]
    public void Serves_TrueType_bytes_and_caches_them()
    {
        var first = _resolver.GetFont("DejaVuSerif-Bold");

        Assert.NotNull(first);
        Assert.Equal(new byte[] { 0, 1, 0, 0 }, first![..4]);
        Assert.Same(first, _resolver.GetFont("DejaVuSerif-Bold"));
    }

    [Fact]
    public void A_missing_font_file_says_which_package_to_install()
    {
        var resolver = new DejaVuFontResolver("/nonexistent");

        var error = Assert.Throws<FileNotFoundException>(() => resolver.GetFont("DejaVuSerif"));

        Assert.Contains("fonts-dejavu-core", error.Message);
    }

    [Fact]
    public void Registration_is_idempotent()
    {
        DejaVuFontResolver.EnsureRegistered();
        DejaVuFontResolver.EnsureRegistered();

        Assert.IsType<DejaVuFontResolver>(GlobalFontSettings.FontResolver);
    }
}
