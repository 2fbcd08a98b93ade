using System.Text.Json;
using EdocMan.Search.IndexTools.Commands;
using EdocMan.Search.Testing;

namespace EdocMan.Search.IndexTools.Tests.Commands;

/// <summary>
/// <c>extract</c> on real files: a PDF made by the production renderer, a 300 dpi "scan" of it, a text file
/// with glued syllables, a file of an unsupported type and a missing one. No data folder is involved.
/// </summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    private static async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = await ExtractCommand.RunAsync(["extract", .. args], output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    private static List<JsonElement> JsonLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();

    [Fact]
    public async Task Json_prints_one_object_per_page_then_the_proposed_metadata()
    {
        var file = _files.WriteFile("qd.pdf", PdfFactory.Vietnamese());

        var (exit, output, errors) = await RunAsync(file, "--json");

        Assert.True(exit == 0, errors);
        var lines = JsonLines(output);
        Assert.Equal(2, lines.Count);
        var page = lines[0];
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal("text-layer", page.GetProperty("method").GetString());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("confidence").ValueKind);
        Assert.Contains("Về việc ban hành Quy chế quản lý", page.GetProperty("text").GetString());
        var metadata = lines[1].GetProperty("metadata");
        Assert.Equal("31/2014/QĐ-UBND", metadata.GetProperty("Number").GetString());
        Assert.Equal("2014-11-13", metadata.GetProperty("Date").GetString());
        Assert.Equal("Sơn La", metadata.GetProperty("Place").GetString());
        // Vietnamese is written as is, not as \u escapes, so support staff can read it.
        Assert.Contains("Sơn La", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_output_names_the_extractor_and_how_each_page_was_read()
    {
        var file = _files.WriteFile("qd.pdf", PdfFactory.Vietnamese());

        var (exit, output, errors) = await RunAsync(file);

        Assert.True(exit == 0, errors);
        Assert.Contains("1 page(s), extractor pdfpig", output, StringComparison.Ordinal);
        Assert.Contains("--- page 1: text-layer", output, StringComparison.Ordinal);
        Assert.Contains("Điều 1. Đơn vị phải bảo đảm đường truyền", output, StringComparison.Ordinal);
        Assert.Contains("--- proposed metadata", output, StringComparison.Ordinal);
        Assert.Contains("31/2014/QĐ-UBND", output, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Ocr")]
    public async Task A_scan_is_read_by_ocr_with_its_confidence()
    {
        var scan = PdfRasterizer.FirstPage(
            PdfFactory.FromText("Quyết định về việc sửa chữa trường học"), PdfRasterizer.Format.Png, 300, (250, 170, 2150, 400));
        var file = _files.WriteFile("scan.png", scan);

        var (exit, output, errors) = await RunAsync(file, "--json");

        Assert.True(exit == 0, errors);
        var page = JsonLines(output)[0];
        Assert.Equal("ocr", page.GetProperty("method").GetString());
        Assert.InRange(page.GetProperty("confidence").GetDouble(), 60, 100);
        Assert.Contains("sửa chữa trường học", page.GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_text_shown_is_repaired_as_the_pipeline_stores_it()
    {
        // Glued syllables are split by ingestion before indexing; the tool must show that text, not the raw one.
        var file = _files.WriteFile("ghi-chu.txt", "Quy chế quản lý, sửdụng phần mềm quản lý văn bản."u8.ToArray());

        var (exit, output, errors) = await RunAsync(file, "--json");

        Assert.True(exit == 0, errors);
        var page = JsonLines(output)[0];
        Assert.Equal("plain-text", page.GetProperty("method").GetString());
        Assert.Equal("Quy chế quản lý, sử dụng phần mềm quản lý văn bản.", page.GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_unsupported_file_exits_1_with_its_type()
    {
        var noise = new byte[2048];
        new Random(7).NextBytes(noise);
        noise[0] = 0;
        var file = _files.WriteFile("du-lieu.bin", noise);

        var (exit, output, errors) = await RunAsync(file);

        Assert.Equal(1, exit);
        Assert.Contains("is not supported", errors, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task A_missing_file_exits_2_with_the_usage()
    {
        var (exit, _, errors) = await RunAsync(_files.Combine("khong-co.pdf"));

        Assert.Equal(2, exit);
        Assert.Contains("file not found", errors, StringComparison.Ordinal);
        Assert.Contains("Usage: edocman-index extract FILE [--json]", errors, StringComparison.Ordinal);
    }
}
