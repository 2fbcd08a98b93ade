using EdocMan.Search.Api.Access;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.CaseFiles;

/// <summary>
/// The case files the official may see, filtered by year, retention, status, code or a document they hold,
/// and searched with <c>q</c> by title, code and the content of their documents.
/// </summary>
/// <remarks>
/// Implementation note: case files are not indexed themselves. Titles and codes are matched in the database
/// after folding (lower case, no diacritics, đ → d), so "ho so tuyen dung" finds "Hồ sơ tuyển dụng"; content is
/// matched by the document search itself (<see cref="ISearchIndex"/>, with the official's own permission filter),
/// whose hits are mapped to the visible files holding them. A file is therefore never found through a document
/// its viewer may not see. The document search is read for its <see cref="MaxContentHits"/> best hits.
/// </remarks>
internal static class CaseFileSearch
{
    public const int MaxContentHits = 1000;
    public const int MaxPageSize = 200;
    private const int HitsPerPage = 100;

    public static async Task<Results<Ok<CaseFileListResponse>, ProblemHttpResult>> HandleAsync(
        HttpContext http, EdocManDbContext db, ISearchIndex index, CancellationToken ct,
        string? q = null, int? year = null, string? retention = null, string? status = null, string? code = null,
        Guid? document = null, int? page = null, int? pageSize = null)
    {
        var user = CurrentUser.From(http.User)!;
        if (q is { Length: > 2000 })
        {
            return Problems.Of(400, $"Câu tìm kiếm quá dài ({q.Length} ký tự); tối đa 2000 ký tự.");
        }
        if (page is < 1 || pageSize is < 1 or > MaxPageSize)
        {
            return Problems.Of(400, $"Trang phải từ 1 trở lên và số hồ sơ mỗi trang từ 1 đến {MaxPageSize}.");
        }
        var files = CaseFileAccess.Visible(db, user).AsNoTracking();
        if (year is { } y)
        {
            files = files.Where(f => f.Year == y);
        }
        if (!string.IsNullOrWhiteSpace(retention))
        {
            if (!RetentionPeriod.TryParse(retention, out var years))
            {
                return Problems.Of(400, RetentionPeriod.Invalid);
            }
            files = years is null ? files.Where(f => f.RetentionYears == null) : files.Where(f => f.RetentionYears == years);
        }
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (ParseStatus(status) is not { } s)
            {
                return Problems.Of(400, "Trạng thái hồ sơ phải là “open” (đang lập), “closed” (đã kết thúc) hoặc “transferred” (đã nộp lưu).");
            }
            files = files.Where(f => f.Status == s);
        }
        if (!string.IsNullOrWhiteSpace(code))
        {
            var upper = code.Trim().ToUpperInvariant();
            files = files.Where(f => f.Code.ToUpper().Contains(upper));
        }
        if (document is { } documentId)
        {
            var holding = db.CaseFileDocuments.Where(l => l.DocumentId == documentId).Select(l => l.CaseFileId);
            files = files.Where(f => holding.Contains(f.Id));
        }
        var candidates = await files.OrderByDescending(f => f.Year).ThenBy(f => f.Code).ToListAsync(ct);
        var matched = new Dictionary<int, List<string>>();
        if (!string.IsNullOrWhiteSpace(q))
        {
            await MatchAsync(q, candidates, matched, user, db, index, ct);
            candidates = candidates.Where(f => matched.ContainsKey(f.Id)).ToList();
        }
        var size = pageSize ?? 50;
        var number = page ?? 1;
        var shown = candidates.Skip((number - 1) * size).Take(size).ToList();
        var responses = await CaseFileView.ResponsesAsync(db, shown, user, http.Agency().Code, ct);
        var items = responses.Select(r => new CaseFileListItem(r, matched.GetValueOrDefault(r.Id) ?? [])).ToList();
        return TypedResults.Ok(new CaseFileListResponse(q, candidates.Count, number, size, items));
    }

    private static async Task MatchAsync(
        string q, List<CaseFile> candidates, Dictionary<int, List<string>> matched, CurrentUser user,
        EdocManDbContext db, ISearchIndex index, CancellationToken ct)
    {
        // "01.TCCB" is searched as its two parts, as the code is.
        var words = UsernameGenerator.Fold(q.Replace('.', ' ')).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        void Add(int id, string why)
        {
            if (!matched.TryGetValue(id, out var list))
            {
                matched[id] = list = [];
            }
            if (!list.Contains(why))
            {
                list.Add(why);
            }
        }
        if (words.Length > 0)
        {
            foreach (var f in candidates)
            {
                var title = UsernameGenerator.Fold(f.Title);
                var fileCode = UsernameGenerator.Fold(f.Code.Replace('.', ' '));
                if (words.All(title.Contains))
                {
                    Add(f.Id, "tiêu đề");
                }
                else if (words.All(w => fileCode.Contains(w) || title.Contains(w)))
                {
                    Add(f.Id, "số, ký hiệu hồ sơ");
                }
            }
        }
        var hits = ContentHits(q, user, index);
        if (hits.Count == 0 || candidates.Count == 0)
        {
            return;
        }
        var candidateIds = candidates.Select(f => f.Id).ToHashSet();
        foreach (var chunk in hits.Chunk(500))
        {
            var links = await db.CaseFileDocuments.AsNoTracking().Where(l => chunk.Contains(l.DocumentId))
                .Select(l => l.CaseFileId).Distinct().ToListAsync(ct);
            foreach (var id in links.Where(candidateIds.Contains))
            {
                Add(id, "nội dung văn bản");
            }
        }
    }

    /// <summary>The documents the official may see that match q, best first, at most <see cref="MaxContentHits"/>.</summary>
    private static List<Guid> ContentHits(string q, CurrentUser user, ISearchIndex index)
    {
        var tokens = DocumentVisibility.TokensOf(user);
        var ids = new List<Guid>();
        for (var p = 1; ids.Count < MaxContentHits; p++)
        {
            var results = index.Search(new SearchQuery(q, tokens, p, HitsPerPage));
            ids.AddRange(results.Hits.Select(h => h.Id));
            if (results.Hits.Count < HitsPerPage || ids.Count >= results.Total)
            {
                break;
            }
        }
        return ids;
    }

    private static CaseFileStatus? ParseStatus(string status) => status.Trim().ToLowerInvariant() switch
    {
        "open" or "dang-lap" => CaseFileStatus.Open,
        "closed" or "da-ket-thuc" => CaseFileStatus.Closed,
        "transferred" or "da-nop-luu" => CaseFileStatus.Transferred,
        _ => null,
    };
}
