namespace EdocMan.Search.Api.Ingestion;

/// <summary>Log messages of the ingestion hot path, source-generated so they cost nothing when filtered out.</summary>
internal static partial class IngestionLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed document {DocumentId} ({Pages} pages, {Characters} characters) in {ElapsedMs} ms")]
    public static partial void Indexed(ILogger logger, Guid documentId, int pages, int characters, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document {DocumentId} failed: {Reason}")]
    public static partial void Failed(ILogger logger, Guid documentId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingestion job {JobId} for document {DocumentId} crashed (attempt {Attempt})")]
    public static partial void Crashed(ILogger logger, Exception exception, long jobId, Guid documentId, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resumed {Count} ingestion jobs interrupted by a stop or crash")]
    public static partial void Resumed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} indexed documents were missing from the search index; re-indexing them from the database")]
    public static partial void Reconciling(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Extraction of document {DocumentId} ({Extractor}) reported no page for {Limit}; abandoned, the worker takes the next job")]
    public static partial void Stalled(ILogger logger, Guid documentId, string extractor, TimeSpan limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No searchable PDF was made for document {DocumentId}: {Reason}")]
    public static partial void NoSearchablePdf(ILogger logger, Guid documentId, string reason);
}
