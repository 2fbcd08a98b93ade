using System.Text;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdocMan.Search.Extraction.PlainText;

/// <summary>
/// Reads a <c>text/plain</c> file as a single page, guessing its encoding.
/// </summary>
/// <remarks>
/// UTF-8 with or without a BOM and UTF-16/UTF-32 with a BOM are recognised; anything else is decoded
/// as Windows-1258, or Latin-1 when even that fails (a warning is logged, since the text may be
/// garbled). Line endings become \n and the text is normalised to NFC, because Windows-1258 writes
/// tone marks as separate combining characters. A seekable input is read from its start and its
/// position restored.
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public sealed class PlainTextExtractor(ILogger<PlainTextExtractor>? logger = null) : ITextExtractor
{
    /// <summary>The reason given for an empty file.</summary>
    public const string EmptyFileReason = "Tệp văn bản rỗng, không có nội dung để tìm kiếm.";

    private readonly ILogger _logger = logger ?? NullLogger<PlainTextExtractor>.Instance;

    /// <inheritdoc />
    public string Name => "plaintext";

    /// <inheritdoc />
    public int Score(string contentType) => contentType == ContentTypes.PlainText ? 100 : 0;

    /// <inheritdoc />
    /// <remarks>Any non-empty byte sequence decodes to something, so only an empty file is refused. Never throws.</remarks>
    public string? Preflight(Stream content)
    {
        try
        {
            using var view = SeekableContent.Open(content);
            return view.Stream.Length == 0 ? EmptyFileReason : null;
        }
        catch (Exception ex)
        {
            return $"Không đọc được tệp văn bản ({ex.GetType().Name}).";
        }
    }

    /// <inheritdoc />
    public async Task<ExtractedText> ExtractAsync(Stream content, ExtractionRequest request, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var bytes = await SeekableContent.ReadAllBytesAsync(content, ct).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            throw new ExtractionFailedException(EmptyFileReason);
        }
        var (text, encoding) = TextDecoder.Decode(bytes);
        if (encoding.CodePage is not (65001 or 1200 or 1201 or 12000))
        {
            ExtractionLog.LegacyEncoding(_logger, request.FileName, encoding.WebName);
        }
        var normalised = text.ReplaceLineEndings("\n").Normalize(NormalizationForm.FormC);
        return new ExtractedText([new ExtractedPage(1, normalised, TextSource.PlainText)]);
    }
}
