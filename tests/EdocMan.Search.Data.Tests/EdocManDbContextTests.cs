using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdocMan.Search.Data.Tests;

/// <summary>The migrations on a real SQLite file, and the constraints the application relies on.</summary>
public sealed class EdocManDbContextTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ServiceProvider _services;

    public EdocManDbContextTests()
    {
        var services = new ServiceCollection();
        services.AddOptions<StorageOptions>().Configure(o => o.DataDirectory = _dir.Path);
        services.AddLogging();
        services.AddData();
        _services = services.BuildServiceProvider();
    }

    [Fact]
    public async Task Migrations_create_the_database_file_in_WAL_mode()
    {
        await new DatabaseInitializer(_services.GetRequiredService<IServiceScopeFactory>(), NullLogger<DatabaseInitializer>.Instance)
            .InitializeAsync(CancellationToken.None);

        Assert.True(File.Exists(_dir.Combine("edocman.db")));
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
        Assert.Equal("wal", mode.Single());
    }

    [Fact]
    public async Task One_agency_cannot_hold_the_same_original_twice_but_two_agencies_can()
    {
        await new DatabaseInitializer(_services.GetRequiredService<IServiceScopeFactory>(), NullLogger<DatabaseInitializer>.Instance)
            .InitializeAsync(CancellationToken.None);
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var a = new Agency { Code = "gtvt", Name = "Sở Giao thông vận tải" };
        var b = new Agency { Code = "tttt", Name = "Sở Thông tin và Truyền thông" };
        db.Agencies.AddRange(a, b);
        await db.SaveChangesAsync();
        var sha = new string('a', 64);
        Document Doc(int agencyId) => new()
        {
            Id = Guid.NewGuid(), AgencyId = agencyId, Title = "Công văn", FileName = "cv.pdf", ContentType = "application/pdf",
            Sha256 = sha, CreatedAt = DateTimeOffset.UtcNow,
        };

        db.Documents.AddRange(Doc(a.Id), Doc(b.Id));
        await db.SaveChangesAsync();
        db.Documents.Add(Doc(a.Id));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.IsType<SqliteException>(error.InnerException);
    }

    [Fact]
    public async Task Progress_the_searchable_PDF_and_page_notes_are_kept()
    {
        await new DatabaseInitializer(_services.GetRequiredService<IServiceScopeFactory>(), NullLogger<DatabaseInitializer>.Instance)
            .InitializeAsync(CancellationToken.None);
        var id = Guid.NewGuid();
        using (var scope = _services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
            var agency = new Agency { Code = "tttt", Name = "Sở Thông tin và Truyền thông" };
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            db.Documents.Add(new Document
            {
                Id = id, AgencyId = agency.Id, Title = "Bản quét", FileName = "quet.png", ContentType = "image/png",
                Sha256 = new string('b', 64), CreatedAt = DateTimeOffset.UtcNow, PagesDone = 1, PagesTotal = 2,
                SearchablePdfSha256 = new string('c', 64),
            });
            db.DocumentPages.Add(new DocumentPage
            {
                DocumentId = id, Number = 1, Text = "", Source = TextSource.Ocr, Note = "Trang 1: quá thời gian.", UncertainWords = "Chiềng Khoong",
            });
            await db.SaveChangesAsync();
        }

        using (var scope = _services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
            var document = await db.Documents.SingleAsync(d => d.Id == id);
            var page = await db.DocumentPages.SingleAsync(p => p.DocumentId == id);
            Assert.Equal((1, 2, new string('c', 64)), (document.PagesDone, document.PagesTotal, document.SearchablePdfSha256));
            Assert.Equal(("Trang 1: quá thời gian.", "Chiềng Khoong"), (page.Note, page.UncertainWords));
        }
    }

    public void Dispose()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
