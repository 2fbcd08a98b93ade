using EdocMan.Search.Printing.Layout;

namespace EdocMan.Search.Printing.Tests.Layout;

public sealed class LineBreakerTests
{
    // One unit per text element: the tests reason in characters.
    private static double Width(string s) => new System.Globalization.StringInfo(s).LengthInTextElements;

    [Fact]
    public void Fills_lines_greedily_without_splitting_words()
    {
        var lines = LineBreaker.Wrap("Căn cứ Luật tổ chức chính quyền địa phương", 12, Width);

        Assert.Equal(["Căn cứ Luật", "tổ chức", "chính quyền", "địa phương"], lines);
    }

    [Fact]
    public void Collapses_runs_of_spaces()
    {
        Assert.Equal(["Số: 31"], LineBreaker.Wrap("  Số:   31  ", 20, Width));
    }

    [Fact]
    public void Cuts_a_word_longer_than_a_line_between_text_elements()
    {
        var decomposed = "quyếtđịnhsửdụng".Normalize(System.Text.NormalizationForm.FormD);

        var lines = LineBreaker.Wrap("Xem " + decomposed, 5, Width);

        Assert.Equal(["Xem", "quyết", "địnhs", "ửdụng"], lines.Select(l => l.Normalize()));
        Assert.All(lines, l => Assert.True(Width(l) <= 5));
    }

    [Fact]
    public void Empty_paragraph_has_no_lines()
    {
        Assert.Empty(LineBreaker.Wrap("", 10, Width));
    }
}
