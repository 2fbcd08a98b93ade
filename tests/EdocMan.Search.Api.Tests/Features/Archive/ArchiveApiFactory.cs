using System.Text;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.Api.Tests.Features.Archive;

/// <summary>A clock the test sets: the archive's deadlines are read from the application's <see cref="TimeProvider"/>.</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Sets the clock to a moment of a Vietnamese day (UTC+7).</summary>
    public void SetVietnamTime(int year, int month, int day, int hour = 10) =>
        Now = new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();
}

/// <summary>
/// The real application with a settable clock, and helpers that put case files straight into the database
/// (the case-file lifecycle is another feature's): documents still go through the real upload API.
/// </summary>
public sealed class ArchiveApiFactory : ClockedApiFactory<TestClock>
{
    /// <summary>Uploads a document and waits until it is searchable; returns its id.</summary>
    public static async Task<Guid> UploadAsync(HttpClient client, string agency, string title, string number, string register,
        DateOnly date, bool pdf, string type = "QĐ")
    {
        var body = $"{title.ToUpperInvariant()}\n{title}. Mã kiểm tra {Guid.NewGuid():N}.";
        var bytes = pdf ? EdocMan.Search.Testing.PdfFactory.FromText(body) : Encoding.UTF8.GetBytes(body);
        var response = await client.UploadAsync(agency, bytes, pdf ? "van-ban.pdf" : "van-ban.txt", new Dictionary<string, string>
        {
            ["title"] = title, ["number"] = number, ["register"] = register, ["documentType"] = type,
            ["issuer"] = "Văn phòng UBND tỉnh Sơn La", ["signer"] = "Lò Minh Hùng", ["documentDate"] = date.ToString("yyyy-MM-dd"),
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var document = await client.WaitForProcessingAsync(response.Headers.Location!.ToString());
        Assert.Equal("Indexed", document.Status);
        return document.Id;
    }

    public Task<int> CreateFileAsync(string agency, string owner, string code, string title, DateOnly start, DateOnly? end,
        int? retentionYears, CaseFileStatus status, IReadOnlyList<Guid> documents, string? description = null) =>
        CaseFileSeeder.CreateFileAsync(Services, Clock.GetUtcNow(), agency, owner, code, title, start, end, retentionYears, status, documents, description);

    public Task ShareAsync(int fileId, string username) => CaseFileSeeder.ShareAsync(Services, Clock.GetUtcNow(), fileId, username);

    public Task<CaseFile> FileAsync(int id) => CaseFileSeeder.FileAsync(Services, id);
}

/// <summary>Puts case files straight into the database, in the states a test needs.</summary>
public static class CaseFileSeeder
{
    /// <summary>Writes a case file in the given state with the given documents, in that order.</summary>
    public static async Task<int> CreateFileAsync(IServiceProvider services, DateTimeOffset now, string agency, string owner, string code, string title, DateOnly start, DateOnly? end,
        int? retentionYears, CaseFileStatus status, IReadOnlyList<Guid> documents, string? description = null)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var agencyId = await db.Agencies.Where(a => a.Code == agency).Select(a => a.Id).SingleAsync();
        var ownerId = await db.Accounts.Where(a => a.Username == owner).Select(a => a.Id).SingleAsync();
        var file = new CaseFile
        {
            AgencyId = agencyId, Year = start.Year, Code = code, Title = title, RetentionYears = retentionYears, AccessRegime = "Hạn chế",
            OwnerAccountId = ownerId, Status = status, StartDate = start, EndDate = end, Description = description,
            CreatedAt = now, ClosedAt = end is null ? null : now, ClosedBy = end is null ? null : ownerId,
            DocumentCount = end is null ? null : documents.Count,
        };
        db.CaseFiles.Add(file);
        await db.SaveChangesAsync();
        var ordinal = 0;
        foreach (var id in documents)
        {
            db.CaseFileDocuments.Add(new CaseFileDocument { CaseFileId = file.Id, DocumentId = id, Ordinal = ++ordinal, AddedBy = ownerId, AddedAt = now });
        }
        await db.SaveChangesAsync();
        return file.Id;
    }

    /// <summary>Shares a file with one account.</summary>
    public static async Task ShareAsync(IServiceProvider services, DateTimeOffset now, int fileId, string username)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var account = await db.Accounts.Where(a => a.Username == username).Select(a => a.Id).SingleAsync();
        db.CaseFileShares.Add(new CaseFileShare { CaseFileId = fileId, AccountId = account, GrantedBy = account, GrantedAt = now });
        await db.SaveChangesAsync();
    }

    public static async Task<CaseFile> FileAsync(IServiceProvider services, int id)
    {
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EdocManDbContext>().CaseFiles.AsNoTracking().SingleAsync(f => f.Id == id);
    }
}
