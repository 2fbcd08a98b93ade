using EdocMan.Search.Api.Access;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Search.History;

public sealed record SaveSearchRequest(string? Name, string? Q, string? Sort = null, string? From = null, string? To = null, string? Type = null);

public sealed record SavedSearchResponse(long Id, string Name, string Q, string QueryString, string PageUrl, string ApiUrl, DateTimeOffset CreatedAt);

/// <summary>
/// Searches an official keeps under a name (tìm kiếm đã lưu). They are the official's own: nobody else
/// lists, runs or deletes them, and running one applies the permissions of whoever runs it.
/// </summary>
internal static class SavedSearches
{
    public const int MaxNameLength = 100;
    public const int MaxQueryLength = 500;
    public const int MaxPerAccount = 100;

    public static async Task<Ok<List<SavedSearchResponse>>> ListAsync(HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User)!;
        var saved = await db.SavedSearches.AsNoTracking().Where(s => s.AccountId == user.AccountId).ToListAsync(ct);
        var route = http.Agency().Code;
        return TypedResults.Ok(saved.OrderBy(s => s.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), true))
            .Select(s => ToResponse(s, route)).ToList());
    }

    public static async Task<Results<Created<SavedSearchResponse>, ProblemHttpResult>> SaveAsync(
        SaveSearchRequest request, HttpContext http, EdocManDbContext db, TimeProvider time, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User)!;
        var name = request.Name?.Trim() ?? string.Empty;
        var q = request.Q?.Trim() ?? string.Empty;
        if (name.Length == 0 || name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            return Problems.Of(400, $"Hãy đặt tên cho tìm kiếm (1 đến {MaxNameLength} ký tự, không có ký tự điều khiển).");
        }
        if (q.Length == 0 || q.Length > MaxQueryLength)
        {
            return Problems.Of(400, $"Tìm kiếm cần lưu phải có từ khóa (tối đa {MaxQueryLength} ký tự).");
        }
        if (!SearchRefinements.TryRead(request.Sort, request.From, request.To, request.Type, out _, out var problem))
        {
            return Problems.Of(400, problem);
        }
        var mine = db.SavedSearches.Where(s => s.AccountId == user.AccountId);
        if (await mine.AnyAsync(s => s.Name == name, ct))
        {
            return Problems.Of(409, $"Bạn đã có một tìm kiếm lưu với tên “{name}”; hãy chọn tên khác hoặc xóa tìm kiếm cũ.");
        }
        if (await mine.CountAsync(ct) >= MaxPerAccount)
        {
            return Problems.Of(409, $"Bạn đã lưu {MaxPerAccount} tìm kiếm, mức tối đa; hãy xóa bớt tìm kiếm không còn dùng.");
        }
        var link = new SearchLink(q, request.Sort, request.From, request.To, request.Type);
        var saved = new SavedSearch { AccountId = user.AccountId, Name = name, QueryString = link.ToQueryString(), CreatedAt = time.GetUtcNow() };
        db.SavedSearches.Add(saved);
        await db.SaveChangesAsync(ct);
        var route = http.Agency().Code;
        return TypedResults.Created($"/{route}/api/search/saved/{saved.Id}", ToResponse(saved, route));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, HttpContext http, EdocManDbContext db, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User)!;
        // Someone else's saved search answers like one that does not exist: its existence is theirs to know.
        var deleted = await db.SavedSearches.Where(s => s.Id == id && s.AccountId == user.AccountId).ExecuteDeleteAsync(ct);
        return deleted == 0 ? Problems.Of(404, "Không tìm thấy tìm kiếm đã lưu này.") : TypedResults.NoContent();
    }

    private static SavedSearchResponse ToResponse(SavedSearch s, string route)
    {
        var query = QueryHelpers.ParseQuery("?" + s.QueryString);
        string? Read(string name) => query.TryGetValue(name, out var value) ? value.ToString() : null;
        var link = new SearchLink(Read("q") ?? string.Empty, Read("sort"), Read("from"), Read("to"), Read("type"));
        return new SavedSearchResponse(s.Id, s.Name, link.Q, s.QueryString, link.PageUrl(route), $"/{route}/api/search?{s.QueryString}", s.CreatedAt);
    }
}
