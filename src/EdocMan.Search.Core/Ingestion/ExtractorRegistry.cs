namespace EdocMan.Search.Core.Ingestion;

/// <summary>Chooses the extractor for a content type: the highest score wins.</summary>
/// <remarks>Immutable after construction and safe to share between threads.</remarks>
public sealed class ExtractorRegistry(IEnumerable<ITextExtractor> extractors)
{
    private readonly ITextExtractor[] _extractors = extractors.ToArray();

    /// <summary>The best extractor for <paramref name="contentType"/>, or null when none can read it.</summary>
    public ITextExtractor? Find(string contentType)
    {
        ITextExtractor? best = null;
        var bestScore = 0;
        foreach (var extractor in _extractors)
        {
            var score = extractor.Score(contentType);
            if (score > bestScore)
            {
                best = extractor;
                bestScore = score;
            }
        }
        return best;
    }
}
