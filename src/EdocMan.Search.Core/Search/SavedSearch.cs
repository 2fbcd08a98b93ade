namespace EdocMan.Search.Core.Search;

/// <summary>A search an official saved under a name to run again (tìm kiếm đã lưu).</summary>
public sealed class SavedSearch
{
    public long Id { get; set; }

    public int AccountId { get; set; }

    public required string Name { get; set; }

    /// <summary>The search as the query string of the search page/API (q, filters, sort), without paging.</summary>
    public required string QueryString { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// One search an official ran: the source of their recent searches (tìm kiếm gần đây) and of the
/// searches counted in usage reports. Holds the query text the official typed, so only they read it.
/// </summary>
public sealed class SearchHistoryEntry
{
    public long Id { get; set; }

    public int AccountId { get; set; }

    public int AgencyId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The words typed (q), for display.</summary>
    public required string Query { get; set; }

    /// <summary>The whole search as a query string, to run it again.</summary>
    public required string QueryString { get; set; }

    public int ResultCount { get; set; }
}
