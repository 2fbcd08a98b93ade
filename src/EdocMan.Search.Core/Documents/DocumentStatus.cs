namespace EdocMan.Search.Core.Documents;

/// <summary>Where a document is on its way from upload to the search index.</summary>
public enum DocumentStatus
{
    /// <summary>The original is stored and an ingestion job is queued.</summary>
    Stored = 0,

    /// <summary>A worker is extracting its text.</summary>
    Extracting = 1,

    /// <summary>Its text is in the index and it can be found.</summary>
    Indexed = 2,

    /// <summary>Extraction failed; <see cref="Document.FailureReason"/> says why. The original is kept.</summary>
    Failed = 3,
}
