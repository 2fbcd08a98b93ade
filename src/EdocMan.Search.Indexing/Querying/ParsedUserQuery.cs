namespace EdocMan.Search.Indexing.Querying;

/// <summary>
/// The pieces of a user's query text before analysis: free words, quoted phrases and document
/// numbers, each either wanted or excluded with a leading <c>-</c> (or <c>NOT</c>), and field filters.
/// </summary>
internal sealed class ParsedUserQuery
{
    public List<string> Words { get; } = [];

    public List<string> Phrases { get; } = [];

    public List<string> Numbers { get; } = [];

    public List<string> ExcludedWords { get; } = [];

    public List<string> ExcludedPhrases { get; } = [];

    public List<string> ExcludedNumbers { get; } = [];

    /// <summary>Field filters such as <c>loai:QĐ</c> or <c>ngay:2014-01-01..2014-12-31</c>.</summary>
    public List<FieldFilter> Filters { get; } = [];

    public bool IsEmpty =>
        Words.Count == 0 && Phrases.Count == 0 && Numbers.Count == 0
        && ExcludedWords.Count == 0 && ExcludedPhrases.Count == 0 && ExcludedNumbers.Count == 0
        && Filters.Count == 0;

    /// <summary>Whether nothing but filters was typed, so every document passing them matches.</summary>
    public bool OnlyFilters => Filters.Count > 0 && Words.Count == 0 && Phrases.Count == 0 && Numbers.Count == 0;
}
