using System.Text;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Extraction.PlainText;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Extraction.Tests.PlainText;

public sealed class PlainTextExtractorTests
{
    private const string Sample = "Số: 35/TB-UBND\nThông báo lịch tiếp công dân của Ủy ban nhân dân huyện Mai Sơn.";
    private static readonly ExtractionRequest Request = new(ContentTypes.PlainText, "thong-bao.txt");
    private readonly PlainTextExtractor _extractor = new();

    private async Task<ExtractedPage> ExtractSingle(byte[] bytes)
    {
        var text = await _extractor.ExtractAsync(new MemoryStream(bytes), Request, CancellationToken.None);
        return Assert.Single(text.Pages);
    }

    [Fact]
    public void Claims_plain_text_only()
    {
        Assert.Equal("plaintext", _extractor.Name);
        Assert.True(_extractor.Score(ContentTypes.PlainText) > 0);
        Assert.Equal(0, _extractor.Score(ContentTypes.Pdf));
    }

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Sample) },
        { "UTF-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)] },
        { "UTF-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)] },
        { "UTF-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
        { "UTF-32 LE with BOM", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Sample)] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task Decodes_Unicode_encodings_and_drops_the_BOM(string encoding, byte[] bytes)
    {
        var page = await ExtractSingle(bytes);

        Assert.Equal(Sample, page.Text);
        Assert.Equal(1, page.Number);
        Assert.Equal(TextSource.PlainText, page.Source);
        Assert.False(string.IsNullOrEmpty(encoding));
    }

    [Fact]
    public async Task Falls_back_to_Windows_1258_and_composes_its_tone_marks()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            .GetBytes(ToWindows1258Form(Sample));

        var page = await ExtractSingle(bytes);

        Assert.Equal(Sample, page.Text);
        Assert.True(page.Text.IsNormalized(NormalizationForm.FormC));
    }

    // Windows-1258 has precomposed â, ê, ô, ơ, ư, ă, đ but writes the five tone marks as combining
    // characters after them: "ế" is "ê" + U+0301. This is the form Vietnamese Windows software wrote.
    private static string ToWindows1258Form(string text)
    {
        const string toneMarks = "\u0300\u0301\u0303\u0309\u0323";
        var result = new StringBuilder();
        foreach (var c in text)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var tones = decomposed.Where(m => toneMarks.Contains(m)).ToArray();
            result.Append(new string(decomposed.Where(m => !toneMarks.Contains(m)).ToArray()).Normalize(NormalizationForm.FormC));
            result.Append(tones);
        }
        return result.ToString();
    }

    [Fact]
    public async Task Normalises_line_endings()
    {
        var page = await ExtractSingle(Encoding.UTF8.GetBytes("dòng một\r\ndòng hai\rdòng ba"));

        Assert.Equal("dòng một\ndòng hai\ndòng ba", page.Text);
    }

    [Fact]
    public async Task Decomposed_UTF8_comes_back_composed()
    {
        var page = await ExtractSingle(Encoding.UTF8.GetBytes(Sample.Normalize(NormalizationForm.FormD)));

        Assert.Equal(Sample, page.Text);
    }

    [Theory]
    [InlineData("cv-1245-sgtvt-qlgt.txt")]
    [InlineData("kh-86-stttt.txt")]
    [InlineData("tb-35-ubnd-mai-son.txt")]
    public async Task Reads_the_committed_samples(string sample)
    {
        await using var file = File.OpenRead(Samples.Path(sample));

        var text = await _extractor.ExtractAsync(file, Request, CancellationToken.None);

        Assert.Equal((await File.ReadAllTextAsync(Samples.Path(sample))).ReplaceLineEndings("\n"), text.Pages[0].Text);
    }

    [Fact]
    public async Task Reads_a_forward_only_stream()
    {
        var text = await _extractor.ExtractAsync(TestStreams.NonSeekable(Encoding.UTF8.GetBytes(Sample)), Request, CancellationToken.None);

        Assert.Equal(Sample, text.Pages[0].Text);
    }

    [Fact]
    public async Task An_empty_file_fails_and_is_refused_at_preflight()
    {
        var error = await Assert.ThrowsAsync<ExtractionFailedException>(() => ExtractSingle([]));

        Assert.Equal(PlainTextExtractor.EmptyFileReason, error.Message);
        Assert.Equal(PlainTextExtractor.EmptyFileReason, _extractor.Preflight(new MemoryStream()));
    }

    [Fact]
    public void Preflight_accepts_any_non_empty_file_and_restores_the_position()
    {
        var stream = new MemoryStream(Encoding.Latin1.GetBytes("\u00ab\u00bb\u00ff garbage")) { Position = 3 };

        Assert.Null(_extractor.Preflight(stream));
        Assert.Equal(3, stream.Position);
    }

    [Fact]
    public void Preflight_never_throws()
    {
        Assert.Null(_extractor.Preflight(TestStreams.Failing())); // Length is known without reading
    }
}
