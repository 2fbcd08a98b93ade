using System.Globalization;
using EdocMan.Search.Core.Search;

namespace EdocMan.Search.Api.Features.Search;

/// <summary>
/// The optional <c>sort</c>, <c>from</c>, <c>to</c> and <c>type</c> parameters of a search, read and
/// checked, with a Vietnamese message when one is wrong.
/// </summary>
internal sealed record SearchRefinements(SearchSort Sort, DateOnly? From, DateOnly? To, string? Type)
{
    /// <summary>Values of <c>sort</c>: relevance (default), newest first, oldest first.</summary>
    public static readonly IReadOnlyDictionary<string, SearchSort> Sorts = new Dictionary<string, SearchSort>(StringComparer.OrdinalIgnoreCase)
    {
        ["relevance"] = SearchSort.Relevance,
        ["date"] = SearchSort.DateDescending,
        ["date_desc"] = SearchSort.DateDescending,
        ["date_asc"] = SearchSort.DateAscending,
    };

    private const int MaxTypeLength = 50;

    public static bool TryRead(string? sort, string? from, string? to, string? type, out SearchRefinements refinements, out string problem)
    {
        refinements = new SearchRefinements(SearchSort.Relevance, null, null, null);
        problem = string.Empty;
        var order = SearchSort.Relevance;
        if (!string.IsNullOrWhiteSpace(sort) && !Sorts.TryGetValue(sort.Trim(), out order))
        {
            problem = "Cách sắp xếp không hợp lệ: dùng sort=relevance (phù hợp nhất), date_desc (mới nhất) hoặc date_asc (cũ nhất).";
            return false;
        }
        if (!TryDate(from, out var fromDate) || !TryDate(to, out var toDate))
        {
            problem = "Ngày không hợp lệ: dùng dạng yyyy-MM-dd, ví dụ from=2014-01-01&to=2014-12-31.";
            return false;
        }
        if (fromDate > toDate)
        {
            problem = "Ngày bắt đầu (from) phải trước hoặc bằng ngày kết thúc (to).";
            return false;
        }
        if (type is { Length: > MaxTypeLength })
        {
            problem = $"Loại văn bản quá dài; tối đa {MaxTypeLength} ký tự.";
            return false;
        }
        refinements = new SearchRefinements(order, fromDate, toDate, string.IsNullOrWhiteSpace(type) ? null : type.Trim());
        return true;
    }

    /// <summary><paramref name="query"/> with these refinements, and facets asked for.</summary>
    public SearchQuery Apply(SearchQuery query) =>
        query with { Sort = Sort, DateFrom = From, DateTo = To, DocumentType = Type, IncludeFacets = true };

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }
        return false;
    }
}
