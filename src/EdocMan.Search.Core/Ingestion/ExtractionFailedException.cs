namespace EdocMan.Search.Core.Ingestion;

/// <summary>
/// A file could not be read. The message is shown to the clerk as the document's failure reason,
/// so it is written in Vietnamese and says what to do.
/// </summary>
public sealed class ExtractionFailedException(string reason, Exception? inner = null)
    : Exception(reason, inner);
