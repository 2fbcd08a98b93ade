namespace EdocMan.Search.Indexing.Querying;

/// <summary>
/// The pieces of a user's query text before analysis: free words, quoted phrases and document
/// numbers, each either wanted or excluded with a leading <c>-</c> (or <c>NOT</c>).
/// </summary>
internal sealed class ParsedUserQuery
{
    public List<string> Words { get; } = [];

    public List<string> Phrases { get; } = [];

    public List<string> Numbers { get; } = [];

    public List<string> ExcludedWords { get; } = [];

    public List<string> ExcludedPhrases { get; } = [];

    public List<string> ExcludedNumbers { get; } = [];

    public bool IsEmpty =>
        Words.Count == 0 && Phrases.Count == 0 && Numbers.Count == 0
        && ExcludedWords.Count == 0 && ExcludedPhrases.Count == 0 && ExcludedNumbers.Count == 0;
}
