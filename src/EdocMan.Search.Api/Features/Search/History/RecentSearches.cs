using EdocMan.Search.Api.Access;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Search.History;

public sealed record RecentSearchResponse(string Query, string QueryString, string PageUrl, DateTimeOffset At, int ResultCount);

/// <summary>The signed-in official's own recent searches (tìm kiếm gần đây), newest first, each once.</summary>
internal static class RecentSearches
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;

    /// <summary>How long a page waits for the searches still queued to be written before it shows the history as it is.</summary>
    private static readonly TimeSpan WaitForQueued = TimeSpan.FromSeconds(2);

    public static async Task<Results<Ok<List<RecentSearchResponse>>, ProblemHttpResult>> ListAsync(
        int? limit, HttpContext http, SearchHistoryRecorder history, EdocManDbContext db, CancellationToken ct)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return Problems.Of(400, $"Số tìm kiếm gần đây cần xem phải từ 1 đến {MaxLimit}.");
        }
        return TypedResults.Ok(await ListForAsync(CurrentUser.From(http.User)!.AccountId, http.Agency().Code, limit ?? DefaultLimit, history, db, ct));
    }

    public static async Task<List<RecentSearchResponse>> ListForAsync(
        int accountId, string route, int limit, SearchHistoryRecorder history, EdocManDbContext db, CancellationToken ct)
    {
        await history.WrittenAsync(accountId, WaitForQueued, ct);
        // Read a few times the limit and keep the newest of each search: repeats are common, scans are not needed.
        var rows = await db.SearchHistory.AsNoTracking()
            .Where(h => h.AccountId == accountId && h.QueryString != string.Empty)
            .OrderByDescending(h => h.At).ThenByDescending(h => h.Id)
            .Take(limit * 5)
            .ToListAsync(ct);
        return rows.DistinctBy(h => h.QueryString).Take(limit)
            .Select(h => new RecentSearchResponse(h.Query, h.QueryString, $"/{route}/tim-kiem?{h.QueryString}", h.At, h.ResultCount))
            .ToList();
    }

    /// <summary>
    /// Forgets what the official searched for. The rows stay, emptied, because the usage report counts
    /// searches; what was typed is gone.
    /// </summary>
    public static async Task<NoContent> ClearAsync(HttpContext http, SearchHistoryRecorder history, EdocManDbContext db, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User)!;
        // A search still queued would otherwise be written after the clearing, and come back.
        await history.WrittenAsync(user.AccountId, WaitForQueued, ct);
        await db.SearchHistory.Where(h => h.AccountId == user.AccountId && h.QueryString != string.Empty)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Query, string.Empty).SetProperty(h => h.QueryString, string.Empty), ct);
        return TypedResults.NoContent();
    }
}
