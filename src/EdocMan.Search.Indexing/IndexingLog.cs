using Microsoft.Extensions.Logging;

namespace EdocMan.Search.Indexing;

/// <summary>Source-generated log messages of the Indexing project (hot paths and lifecycle).</summary>
internal static partial class IndexingLog
{
    [LoggerMessage(1, LogLevel.Information, "Opened search index at {Location}: {DocumentCount} documents, schema {SchemaVersion}")]
    public static partial void Opened(ILogger logger, string location, int documentCount, int schemaVersion);

    [LoggerMessage(2, LogLevel.Warning, "Search index at {Location} was written with schema {StoredVersion}, this build uses {CurrentVersion}: recreating it empty; documents must be re-indexed")]
    public static partial void StaleSchema(ILogger logger, string location, int? storedVersion, int currentVersion);

    [LoggerMessage(3, LogLevel.Warning, "Search index at {Location} is locked (stale write.lock?); clearing the lock and retrying once")]
    public static partial void ClearingStaleLock(ILogger logger, string location, Exception exception);

    [LoggerMessage(4, LogLevel.Error, "Background refresh or commit of the search index failed")]
    public static partial void BackgroundFailed(ILogger logger, Exception exception);

    [LoggerMessage(5, LogLevel.Error, "Closing the search index at {Location} failed")]
    public static partial void DisposeFailed(ILogger logger, string location, Exception exception);

    [LoggerMessage(6, LogLevel.Debug, "Indexed document {DocumentId} ({PageCount} pages)")]
    public static partial void Upserted(ILogger logger, Guid documentId, int pageCount);

    [LoggerMessage(7, LogLevel.Warning, "Search failed for a query of {Length} characters; returning no hits")]
    public static partial void SearchFailed(ILogger logger, int length, Exception exception);

    [LoggerMessage(8, LogLevel.Warning, "Building snippets for document {DocumentId} failed; the hit is returned without them")]
    public static partial void SnippetsFailed(ILogger logger, string? documentId, Exception exception);
}
