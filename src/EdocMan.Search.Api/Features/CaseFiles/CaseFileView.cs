using EdocMan.Search.Api.Access;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Data;
using EdocMan.Search.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.CaseFiles;

/// <summary>Case files and their document lists as the viewer may see them.</summary>
internal static class CaseFileView
{
    public static async Task<IReadOnlyList<CaseFileResponse>> ResponsesAsync(
        EdocManDbContext db, IReadOnlyList<CaseFile> files, CurrentUser user, string route, CancellationToken ct)
    {
        var ownerIds = files.Select(f => f.OwnerAccountId).Distinct().ToList();
        var owners = await db.Accounts.AsNoTracking().Where(a => ownerIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var agencyIds = files.Select(f => f.AgencyId).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Code, ct);
        return files.Select(f => new CaseFileResponse(
            f.Id, agencies[f.AgencyId], f.Year, f.Code, f.Title, f.RetentionYears, RetentionPeriod.Text(f.RetentionYears), f.AccessRegime,
            owners[f.OwnerAccountId].Username, owners[f.OwnerAccountId].FullName, f.Status.ToString(), CaseFileAccess.StatusLabel(f.Status),
            f.StartDate, f.EndDate, f.DocumentCount, f.PageCount, f.Description, f.FilePlanItemId,
            CaseFileAccess.CanChange(f, user) && f.Status != CaseFileStatus.Transferred,
            $"/{route}/api/case-files/{f.Id}")).ToList();
    }

    /// <summary>
    /// The file with its mục lục văn bản in date order. A document the viewer may not see stays as a hidden
    /// line (its number only), so the numbering, the document count and the page numbers of the other lines
    /// are those of the real file; its title, number, date, author and page range are not shown, and it is
    /// left out of the duplicate check, which would otherwise tell what it is.
    /// </summary>
    public static async Task<CaseFileDetailResponse> DetailAsync(
        EdocManDbContext db, CaseFile file, CurrentUser user, string route, CancellationToken ct)
    {
        var response = (await ResponsesAsync(db, [file], user, route, ct))[0];
        var links = await db.CaseFileDocuments.AsNoTracking().Where(l => l.CaseFileId == file.Id).ToListAsync(ct);
        var ids = links.Select(l => l.DocumentId).ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var tokens = await db.LoadAccessTokensAsync(ids, ct);
        var mine = DocumentVisibility.TokensOf(user);
        var typeNames = await db.DocumentTypes.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, ct);
        var ordered = links.Where(l => documents.ContainsKey(l.DocumentId))
            .OrderBy(l => DateOrder(documents[l.DocumentId])).ThenBy(l => l.AddedAt).ThenBy(l => l.Id).ToList();
        var lines = new List<CaseFileDocumentLine>(ordered.Count);
        var visible = new List<(int No, Core.Documents.Document Document)>();
        var page = 1;
        foreach (var link in ordered)
        {
            var d = documents[link.DocumentId];
            var no = lines.Count + 1;
            var pages = d.PageCount > 0 ? (d.PageCount == 1 ? $"{page}" : $"{page}–{page + d.PageCount - 1}") : null;
            page += d.PageCount;
            if (!tokens.TryGetValue(d.Id, out var t) || !AccessPolicy.Allows(t, mine))
            {
                lines.Add(new CaseFileDocumentLine(no, true, null, null, null, null, null, null, null, null));
                continue;
            }
            visible.Add((no, d));
            var type = d.DocumentType is null ? null : typeNames.GetValueOrDefault(d.DocumentType, d.DocumentType);
            lines.Add(new CaseFileDocumentLine(no, false, d.Id, d.Number, d.DocumentDate,
                type is null ? d.Title : $"{type}: {d.Title}", d.Issuer, pages, link.Notes, $"/{route}/api/documents/{d.Id}"));
        }
        var shares = CaseFileAccess.CanChange(file, user) ? await CaseFileSharing.LoadAsync(db, file.Id, ct) : null;
        return new CaseFileDetailResponse(response, lines, lines.Count(l => l.Hidden), Duplicates(visible), shares);
    }

    /// <summary>The date a document sits at in the list: its own date, or the day it entered the system.</summary>
    public static DateOnly DateOrder(Core.Documents.Document d) =>
        d.DocumentDate ?? DateOnly.FromDateTime(d.CreatedAt.UtcDateTime.AddHours(7));

    /// <summary>
    /// Lines that look like copies of one document (Annex VI's duplicate warning): the same bytes, or the same
    /// number and symbol from the same issuer. Flagged for the official to remove, never removed by the system.
    /// </summary>
    public static IReadOnlyList<DuplicateGroup> Duplicates(IReadOnlyList<(int No, Core.Documents.Document Document)> lines)
    {
        var groups = new List<DuplicateGroup>();
        var seen = new HashSet<int>();
        foreach (var same in lines.GroupBy(l => l.Document.Sha256).Where(g => g.Count() > 1))
        {
            groups.Add(new DuplicateGroup(same.Select(l => l.No).ToList(), "Trùng tệp (cùng nội dung)"));
            seen.UnionWith(same.Select(l => l.No));
        }
        var numbered = lines.Where(l => !string.IsNullOrWhiteSpace(l.Document.Number) && !seen.Contains(l.No))
            .GroupBy(l => (Squash(l.Document.Number!), UsernameGenerator.Fold(l.Document.Issuer ?? "")));
        groups.AddRange(numbered.Where(g => g.Count() > 1)
            .Select(g => new DuplicateGroup(g.Select(l => l.No).ToList(), "Trùng số, ký hiệu và cơ quan ban hành")));
        return groups;
    }

    // "31/2014/QĐ-UBND" and "31 / 2014 / qđ-ubnd" are one number; the separators still count.
    private static string Squash(string number) =>
        string.Concat(number.Where(c => !char.IsWhiteSpace(c))).Normalize(System.Text.NormalizationForm.FormC).ToUpperInvariant();
}
