using EdocMan.Search.Testing;
using UglyToad.PdfPig;

namespace EdocMan.Search.Printing.Tests;

public sealed class TextPdfRendererTests
{
    private readonly TextPdfRenderer _renderer = new();

    [Fact]
    public void Vietnamese_text_extracts_back_exactly()
    {
        var pdf = _renderer.Render(PdfFactory.VietnameseSample);

        var pages = PdfText.Pages(pdf);

        Assert.Single(pages);
        Assert.Equal(PdfText.Collapse(PdfFactory.VietnameseSample), PdfText.Collapse(pages[0]));
        Assert.Contains("Số: 31/2014/QĐ-UBND", pages[0]);
        Assert.Contains("bồi dưỡng", pages[0]);
        Assert.Contains("Đơn vị", pages[0]);
    }

    [Fact]
    public void Every_Vietnamese_letter_survives_the_round_trip()
    {
        const string letters =
            "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ";
        var text = letters + "\n" + letters.ToUpperInvariant();

        var pages = PdfText.Pages(_renderer.Render(text, new PdfRenderOptions { BoldCapitalHeadings = false }));

        Assert.Equal(PdfText.Collapse(text), PdfText.Collapse(pages[0]));
    }

    [Fact]
    public void Decomposed_input_is_rendered_as_precomposed_text()
    {
        var decomposed = "Quyết định số 31".Normalize(System.Text.NormalizationForm.FormD);

        var pages = PdfText.Pages(_renderer.Render(decomposed));

        Assert.Equal("Quyết định số 31", PdfText.Collapse(pages[0]));
    }

    [Fact]
    public void Long_text_flows_onto_several_pages_in_order()
    {
        var text = PdfFactory.LongText(pages: 3);

        var pages = PdfText.Pages(_renderer.Render(text));

        Assert.True(pages.Count >= 3, $"expected at least 3 pages, got {pages.Count}");
        Assert.All(pages, p => Assert.False(string.IsNullOrWhiteSpace(p)));
        Assert.Equal(PdfText.Collapse(text), PdfText.Collapse(string.Join(" ", pages)));
    }

    [Fact]
    public void Pages_are_A4_and_text_stays_inside_the_margins()
    {
        var text = "Một từ rất dài không có khoảng trắng: " + new string('x', 400) + "\n" + PdfFactory.LongText(1);

        using var document = PdfDocument.Open(_renderer.Render(text));

        foreach (var page in document.GetPages())
        {
            Assert.Equal(595, page.Width, 0);
            Assert.Equal(842, page.Height, 0);
            var margins = PageMargins.Standard;
            Assert.All(page.Letters, l =>
            {
                Assert.InRange(l.BoundingBox.Left, margins.Left * 72 / 25.4 - 1, page.Width);
                Assert.InRange(l.BoundingBox.Right, 0, page.Width - margins.Right * 72 / 25.4 + 1);
                Assert.InRange(l.BoundingBox.Bottom, margins.Bottom * 72 / 25.4 - 6, page.Height - margins.Top * 72 / 25.4);
            });
        }
    }

    [Fact]
    public void Capital_lines_are_bold_and_body_lines_are_regular()
    {
        using var document = PdfDocument.Open(_renderer.Render("QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này."));

        var letters = document.GetPage(1).Letters;

        Assert.Contains("Bold", letters.First(l => l.Value == "Q").FontName);
        Assert.DoesNotContain("Bold", letters.First(l => l.Value == "B").FontName);
    }

    [Fact]
    public void Title_and_author_go_to_the_metadata_not_the_page()
    {
        var options = new PdfRenderOptions { Title = "Quyết định 31/2014/QĐ-UBND", Author = "UBND tỉnh Sơn La" };

        var pdf = _renderer.Render("Nội dung", options);

        using var document = PdfDocument.Open(pdf);
        Assert.Equal("Quyết định 31/2014/QĐ-UBND", document.Information.Title);
        Assert.Equal("UBND tỉnh Sơn La", document.Information.Author);
        Assert.Equal("Nội dung", PdfText.Collapse(PdfText.Pages(pdf)[0]));
    }

    [Fact]
    public void Empty_text_gives_one_blank_page()
    {
        var pages = PdfText.Pages(_renderer.Render(""));

        Assert.Single(pages);
        Assert.Equal("", pages[0].Trim());
    }

    [Fact]
    public void Tabs_and_control_characters_do_not_reach_the_page()
    {
        var pages = PdfText.Pages(_renderer.Render("Số:\t31/2014\u0007/QĐ-UBND\r\nDòng hai\rDòng ba"));

        Assert.Equal("Số: 31/2014/QĐ-UBND Dòng hai Dòng ba", PdfText.Collapse(pages[0]));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(40)]
    public void Font_size_out_of_range_is_rejected(double size)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _renderer.Render("x", new PdfRenderOptions { FontSize = size }));
    }

    [Fact]
    public void Margins_that_leave_no_room_are_rejected()
    {
        var options = new PdfRenderOptions { Margins = new PageMargins(20, 100, 20, 100) };

        Assert.Throws<ArgumentOutOfRangeException>(() => _renderer.Render("x", options));
    }

    [Fact]
    public void Creation_date_comes_from_the_injected_clock()
    {
        var renderer = new TextPdfRenderer(new FixedClock(new DateTimeOffset(2015, 3, 2, 8, 30, 0, TimeSpan.Zero)));

        using var document = PdfDocument.Open(renderer.Render("x"));

        Assert.StartsWith("D:20150302", document.Information.CreationDate);
    }

    [Fact]
    public void Renders_concurrently()
    {
        var results = new string[8];

        Parallel.For(0, results.Length, i => results[i] = PdfText.Collapse(PdfText.Pages(_renderer.Render($"Văn bản số {i}: Đề nghị hỗ trợ"))[0]));

        Assert.Equal(Enumerable.Range(0, 8).Select(i => $"Văn bản số {i}: Đề nghị hỗ trợ"), results);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
