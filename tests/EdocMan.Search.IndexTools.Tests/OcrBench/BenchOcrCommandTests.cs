using EdocMan.Search.IndexTools.OcrBench;
using EdocMan.Search.Testing;

namespace EdocMan.Search.IndexTools.Tests.OcrBench;

/// <summary>The OCR benchmark end to end on the smallest input: two pages, one run (figures not checked, only their shape).</summary>
public sealed class BenchOcrCommandTests
{
    [Fact]
    [Trait("Category", "Ocr")]
    public async Task Two_pages_one_run_reports_every_figure_with_the_machine()
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = await BenchOcrCommand.RunAsync(["bench-ocr", "--pages", "2", "--runs", "1", "--samples", Samples.Directory], output, errors);

        Assert.True(exit == 0, errors.ToString());
        var text = output.ToString();
        Assert.Contains("nproc", text, StringComparison.Ordinal);
        Assert.Contains("load average", text, StringComparison.Ordinal);
        Assert.Contains("2 page images", text, StringComparison.Ordinal);
        Assert.Contains("| in-process, 1 worker |", text, StringComparison.Ordinal);
        Assert.Contains("| tesseract CLI, 1 process |", text, StringComparison.Ordinal);
        Assert.Contains("| in-process, 2 workers |", text, StringComparison.Ordinal);
        Assert.Matches(@"CER in-process \d+\.\d\d%, CLI \d+\.\d\d%", text);
        Assert.Contains("| text + searchable PDF, two passes", text, StringComparison.Ordinal);
        Assert.Contains("| text + searchable PDF, one pass", text, StringComparison.Ordinal);
        Assert.Matches(@"one pass / two passes: \d+\.\d\d", text);
        Assert.Contains("| pdftotext (one process per PDF) |", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_sample_texts_exits_2()
    {
        using var empty = new TempDirectory();
        var errors = new StringWriter();

        var exit = await BenchOcrCommand.RunAsync(["bench-ocr", "--samples", empty.Path], new StringWriter(), errors);

        Assert.Equal(2, exit);
        Assert.Contains("usage:", errors.ToString(), StringComparison.Ordinal);
    }
}
