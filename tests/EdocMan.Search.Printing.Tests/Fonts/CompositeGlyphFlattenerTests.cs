using EdocMan.Search.Printing.Fonts;

namespace EdocMan.Search.Printing.Tests.Fonts;

public sealed class CompositeGlyphFlattenerTests
{
    [Theory]
    [InlineData("DejaVuSerif.ttf")]
    [InlineData("DejaVuSerif-Bold.ttf")]
    [InlineData("DejaVuSerif-Italic.ttf")]
    public void DejaVu_loses_its_nested_composites_and_keeps_everything_else(string file)
    {
        var original = File.ReadAllBytes(Path.Combine(DejaVuFontResolver.DefaultFontDirectory, file));

        var flattened = CompositeGlyphFlattener.Flatten(original);

        // The bug this works around: "ộ", "ạ", "ờ" are composites of composites in DejaVu.
        Assert.True(CompositeGlyphFlattener.CountNestedComposites(original) > 50);
        Assert.Equal(0, CompositeGlyphFlattener.CountNestedComposites(flattened));
        var before = CompositeGlyphFlattener.ReadTableDirectory(original);
        var after = CompositeGlyphFlattener.ReadTableDirectory(flattened);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before.Keys.Except(["glyf", "loca", "head", "maxp"]), tag =>
            Assert.Equal(original.AsSpan(before[tag].Offset, before[tag].Length).ToArray(),
                flattened.AsSpan(after[tag].Offset, after[tag].Length).ToArray()));
    }

    [Fact]
    public void A_font_without_nested_composites_is_returned_unchanged()
    {
        var once = CompositeGlyphFlattener.Flatten(File.ReadAllBytes(
            Path.Combine(DejaVuFontResolver.DefaultFontDirectory, "DejaVuSerif.ttf")));

        Assert.Same(once, CompositeGlyphFlattener.Flatten(once));
    }

    [Fact]
    public void Garbage_is_reported_as_invalid_data()
    {
        Assert.Throws<InvalidDataException>(() => CompositeGlyphFlattener.Flatten([0, 1, 0]));
    }
}
