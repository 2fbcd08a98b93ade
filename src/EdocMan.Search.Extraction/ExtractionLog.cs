using Microsoft.Extensions.Logging;

namespace EdocMan.Search.Extraction;

/// <summary>Source-generated log messages of the extraction project (per page and per document paths).</summary>
internal static partial class ExtractionLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "{FileName}: {Scanned} of {Pages} pages had no usable text layer and were OCR'd")]
    public static partial void PagesOcred(ILogger logger, string fileName, int scanned, int pages);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug,
        Message = "{FileName}: OCR took {ElapsedMs} ms, mean confidence {Confidence}")]
    public static partial void ImageRecognised(ILogger logger, string fileName, long elapsedMs, int confidence);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning,
        Message = "The text file {FileName} is neither UTF-8 nor UTF-16; decoded as {Encoding}")]
    public static partial void LegacyEncoding(ILogger logger, string fileName, string encoding);
}
