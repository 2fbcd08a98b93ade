using EdocMan.Search.Core.Documents;
using EdocMan.Search.Data;
using EdocMan.Search.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.Api.Tests.Intake;

/// <summary>
/// The watched folder of agency tttt on a temporary folder: files are taken once they stop growing,
/// ingested like uploads, and moved to done/ or failed/ with their reason, never deleted.
/// </summary>
public sealed class WatchedFolderServiceTests : IDisposable
{
    private readonly TempDirectory _inbox = new();
    private readonly ApiFactory _factory;

    public WatchedFolderServiceTests()
    {
        _factory = new ApiFactory(new TempDirectory(), ownsData: true, new Dictionary<string, string>
        {
            ["Intake:WatchedFolders:tttt"] = _inbox.Path,
            ["Intake:PollSeconds"] = "0.2",
            ["Intake:StableSeconds"] = "1.5",
        });
    }

    public void Dispose()
    {
        _factory.Dispose();
        _inbox.Dispose();
    }

    private async Task WaitUntilEmptyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Directory.EnumerateFiles(_inbox.Path).Any() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.Empty(Directory.EnumerateFiles(_inbox.Path));
    }

    private string[] Names(string subfolder) =>
        Directory.GetFiles(_inbox.Combine(subfolder)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Dropped_files_are_ingested_and_moved_to_done_or_failed_with_a_reason()
    {
        _ = _factory.Services; // starts the host and its background services
        var decision = PdfFactory.FromText("Quyết định số 31/2014/QĐ-UBND thư mục theo dõi " + Guid.NewGuid());
        _inbox.WriteFile("quyet-dinh.pdf", decision);
        _inbox.WriteFile("hong.pdf", PdfFactory.HeaderThenGarbage());
        var noise = new byte[2048];
        new Random(7).NextBytes(noise);
        noise[0] = 0;
        _inbox.WriteFile("du-lieu.bin", noise);

        await WaitUntilEmptyAsync();
        // The same bytes again, under another name: a duplicate, kept in done/ with a note.
        _inbox.WriteFile("quyet-dinh-ban-sao.pdf", decision);
        await WaitUntilEmptyAsync();

        Assert.Equal(["quyet-dinh-ban-sao.pdf", "quyet-dinh-ban-sao.pdf.reason.txt", "quyet-dinh.pdf"], Names("done"));
        Assert.Equal(["du-lieu.bin", "du-lieu.bin.reason.txt", "hong.pdf", "hong.pdf.reason.txt"], Names("failed"));
        Assert.Contains("chưa được hỗ trợ", await File.ReadAllTextAsync(_inbox.Combine("failed/du-lieu.bin.reason.txt")), StringComparison.Ordinal);
        Assert.Contains("Tệp PDF bị hỏng", await File.ReadAllTextAsync(_inbox.Combine("failed/hong.pdf.reason.txt")), StringComparison.Ordinal);
        Assert.Contains("Trùng nội dung", await File.ReadAllTextAsync(_inbox.Combine("done/quyet-dinh-ban-sao.pdf.reason.txt")), StringComparison.Ordinal);
        Assert.Equal(decision, await File.ReadAllBytesAsync(_inbox.Combine("done/quyet-dinh.pdf")));

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var agencyId = await db.Agencies.Where(a => a.Code == "tttt").Select(a => a.Id).SingleAsync();
        var documents = await db.Documents.AsNoTracking().Where(d => d.AgencyId == agencyId).ToListAsync();
        Assert.Equal(2, documents.Count);
        Assert.Equal(DocumentStatus.Failed, Assert.Single(documents, d => d.FileName == "hong.pdf").Status);
        Assert.Equal(RegisterKind.Incoming, Assert.Single(documents, d => d.FileName == "quyet-dinh.pdf").Register);
    }

    [Fact]
    public async Task A_file_still_being_written_is_not_taken_until_it_stops_growing()
    {
        _ = _factory.Services;
        var pdf = PdfFactory.FromText("Kế hoạch số 86/KH-STTTT ghi dần từng phần " + Guid.NewGuid());
        var path = _inbox.Combine("dang-quet.pdf");
        var chunk = pdf.Length / 8 + 1;
        await using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            // A scanner writing slowly: a half-written PDF would be refused as corrupt if taken early.
            for (var offset = 0; offset < pdf.Length; offset += chunk)
            {
                await stream.WriteAsync(pdf.AsMemory(offset, Math.Min(chunk, pdf.Length - offset)));
                await stream.FlushAsync();
                await Task.Delay(100);
            }
        }

        await WaitUntilEmptyAsync();

        Assert.Equal(["dang-quet.pdf"], Names("done"));
        Assert.False(Directory.Exists(_inbox.Combine("failed")));
    }
}
