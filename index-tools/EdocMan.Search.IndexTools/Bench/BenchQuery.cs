using EdocMan.Search.Core.Search;

namespace EdocMan.Search.IndexTools.Bench;

/// <summary>One query of the benchmark mix, with its category and optional filters.</summary>
internal sealed record BenchQuery(string Category, string Text, string? DocumentType = null, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>
    /// The fixed mix: 1-, 2- and 3-word queries (Vietnamese words of one or more syllables), phrases,
    /// queries typed without diacritics, document numbers taken from the corpus, and filtered queries.
    /// The words are frequent in administrative and legal text, so they hit many documents: the slow case.
    /// </summary>
    public static IReadOnlyList<BenchQuery> Mix(IReadOnlyList<string> documentNumbers) =>
    [
        new("1-word", "thuế"), new("1-word", "đất"), new("1-word", "phạt"), new("1-word", "hộ"),
        new("2-word", "ngân sách"), new("2-word", "hợp đồng"), new("2-word", "giấy phép"), new("2-word", "bảo hiểm"),
        new("3-word", "thuế thu nhập"), new("3-word", "hộ kinh doanh"), new("3-word", "bảo hiểm xã hội"), new("3-word", "đất nông nghiệp"),
        new("phrase", "\"xử phạt vi phạm hành chính\""), new("phrase", "\"quyền sử dụng đất\""), new("phrase", "\"bảo hiểm xã hội\""),
        new("no-diacritics", "quyen su dung dat"), new("no-diacritics", "bao hiem xa hoi"), new("no-diacritics", "xu phat"), new("no-diacritics", "thue"),
        .. documentNumbers.Select(n => new BenchQuery("number", n)),
        new("filtered", "quyết định", DocumentType: "QĐ"), new("filtered", "đất", DocumentType: "CV"),
        new("filtered", "kế hoạch", From: new DateOnly(2020, 1, 1), To: new DateOnly(2022, 12, 31)),
        new("filtered", "thuế", From: new DateOnly(2024, 1, 1)),
    ];

    /// <summary>The engine query for a caller holding <paramref name="accessTokens"/>: top 10 with highlights.</summary>
    public SearchQuery ToSearchQuery(IReadOnlyCollection<string> accessTokens) =>
        new(Text, accessTokens, Page: 1, PageSize: 10) { DocumentType = DocumentType, DateFrom = From, DateTo = To };
}
