using System.Text;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.Extraction.Office;

/// <summary>
/// Reads the older Word .doc format (Word 97–2003) with <c>catdoc</c> (Debian package catdoc), run as a
/// separate process with a time limit.
/// </summary>
/// <remarks>
/// <para>
/// Implementation note: catdoc was measured against antiword on a LibreOffice-written .doc with Vietnamese
/// text: catdoc (<c>-d utf-8 -w</c>) gave every letter back exactly; antiword refused the small file ("text
/// stream too small") and has no UTF-8 output for all fonts. LibreOffice headless would also do, but
/// weighs hundreds of MB and takes over a second to start. The whole text is one page; catdoc separates
/// pages with form feeds only for some writers, and those are honoured.
/// </para>
/// <para>
/// A password-protected .docx is also an OLE file and arrives here; catdoc reads nothing from it, which
/// fails with the same reason as a damaged file.
/// </para>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
/// </remarks>
public sealed class WordDocExtractor(IOptions<ExtractionOptions>? limits = null) : ITextExtractor
{
    /// <summary>The reason given for a .doc that yields no text.</summary>
    public const string UnreadableReason =
        "Tệp Word (.doc) bị hỏng, có mật khẩu hoặc không có chữ; hãy mở tệp trên máy, lưu lại thành .docx hoặc PDF rồi tải lên lại.";

    /// <summary>The reason given when catdoc is not installed.</summary>
    public const string ToolMissingReason =
        "Máy chủ chưa cài công cụ đọc tệp Word (.doc) catdoc; hãy báo quản trị hệ thống cài gói catdoc.";

    private readonly TimeSpan _timeout = TimeSpan.FromSeconds((limits?.Value ?? new ExtractionOptions()).ToolTimeoutSeconds);

    /// <inheritdoc />
    public string Name => "catdoc";

    /// <inheritdoc />
    public int Score(string contentType) => contentType == ContentTypes.Doc ? 100 : 0;

    /// <inheritdoc />
    /// <remarks>The OLE signature was already checked by the sniffer; reading the text is left to extraction.</remarks>
    public string? Preflight(Stream content) => null;

    /// <inheritdoc />
    public async Task<ExtractedText> ExtractAsync(Stream content, ExtractionRequest request, CancellationToken ct)
    {
        var bytes = await SeekableContent.ReadAllBytesAsync(content, ct).ConfigureAwait(false);
        var folder = Directory.CreateTempSubdirectory("edocman-catdoc-");
        try
        {
            var file = Path.Combine(folder.FullName, "input.doc");
            await File.WriteAllBytesAsync(file, bytes, ct).ConfigureAwait(false);
            ExternalTool.Result result;
            try
            {
                result = await ExternalTool.RunAsync("catdoc", ["-d", "utf-8", "-w", file], _timeout, ct).ConfigureAwait(false);
            }
            catch (FileNotFoundException ex)
            {
                throw new ExtractionFailedException(ToolMissingReason, ex);
            }
            catch (TimeoutException ex)
            {
                throw new ExtractionFailedException(ExtractionLimits.ToolTimedOut("tệp Word (.doc)", _timeout), ex);
            }
            var text = Encoding.UTF8.GetString(result.Output);
            if (result.ExitCode != 0 || !text.Any(char.IsLetter))
            {
                throw new ExtractionFailedException(UnreadableReason);
            }
            var pages = text.Split('\f')
                .Select(p => p.Trim('\n', '\r'))
                .Where(p => p.Length > 0)
                .Select((p, i) => new ExtractedPage(i + 1, p, TextSource.TextLayer))
                .ToList();
            request.Progress?.Report(new PageProgress(pages.Count, pages.Count));
            return new ExtractedText(pages);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
