using EdocMan.Search.Api.Hosting;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Data;
using EdocMan.Search.IndexTools.Commands;
using EdocMan.Search.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.IndexTools.Tests.Commands;

/// <summary>
/// <c>import</c> on a temporary data folder and real files: PDFs made by the production renderer, a
/// duplicate, a corrupt PDF, an unsupported file and an empty one.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _batch = new();
    private readonly ServiceProvider _services;

    public ImportCommandTests()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = _data.Path })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddEdocManOptions().AddData();
        _services = ImportCommand.AddServices(services).BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _batch.Dispose();
        _data.Dispose();
    }

    private async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = await ImportCommand.RunAsync(_services, ["import", .. args], output, errors, CancellationToken.None);
        return (exit, output.ToString(), errors.ToString());
    }

    private async Task<Agency> CreateAgencyAsync(string code)
    {
        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var agency = new Agency { Code = code, Name = "Sở Thông tin và Truyền thông", Symbol = "STTTT" };
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        return agency;
    }

    private async Task<List<Document>> DocumentsAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EdocManDbContext>().Documents.AsNoTracking().ToListAsync();
    }

    private void WriteBatch()
    {
        Directory.CreateDirectory(_batch.Combine("2014"));
        var decision = PdfFactory.Vietnamese();
        _batch.WriteFile("ke-hoach.pdf", PdfFactory.FromText("Kế hoạch số 86/KH-STTTT về ứng dụng công nghệ thông tin."));
        _batch.WriteFile("2014/quyet-dinh.pdf", decision);
        _batch.WriteFile("2014/quyet-dinh-ban-sao.pdf", decision);
        _batch.WriteFile("2014/hong.pdf", PdfFactory.HeaderThenGarbage());
        var noise = new byte[2048];
        new Random(7).NextBytes(noise);
        noise[0] = 0;
        _batch.WriteFile("du-lieu.bin", noise);
        _batch.WriteFile("rong.txt", []);
        _batch.WriteFile(".DS_Store", [1, 2, 3]);
    }

    [Fact]
    public async Task A_batch_is_accepted_with_duplicates_skipped_and_bad_files_reported()
    {
        await CreateAgencyAsync("tttt");
        WriteBatch();

        var (exit, output, errors) = await RunAsync(_batch.Path, "--agency", "tttt", "--register", "den");

        Assert.True(exit == 0, errors);
        Assert.Contains("6 files, 0 already done", output, StringComparison.Ordinal);
        Assert.Contains("import finished: accepted 2, duplicates 1, refused 2, failed 1", output, StringComparison.Ordinal);
        Assert.Contains("refused  du-lieu.bin: Định dạng tệp chưa được hỗ trợ", output, StringComparison.Ordinal);
        Assert.Contains("refused  rong.txt: Tệp rỗng", output, StringComparison.Ordinal);
        Assert.Matches(@"failed   2014/hong\.pdf: Tệp PDF bị hỏng.*→ /tttt/van-ban/[0-9a-f-]{36}", output);
        Assert.Contains("the running server, or scripts/run.sh", output, StringComparison.Ordinal);
        var documents = await DocumentsAsync();
        Assert.Equal(3, documents.Count);
        Assert.Equal(2, documents.Count(d => d.Status == DocumentStatus.Stored));
        Assert.Equal("hong.pdf", Assert.Single(documents, d => d.Status == DocumentStatus.Failed).FileName);
        Assert.All(documents, d => Assert.Equal(RegisterKind.Incoming, d.Register));
        await using var scope = _services.CreateAsyncScope();
        Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<EdocManDbContext>().IngestionJobs.CountAsync());
    }

    [Fact]
    public async Task A_killed_import_resumes_from_its_checkpoint_and_stores_nothing_twice()
    {
        await CreateAgencyAsync("tttt");
        _batch.WriteFile("a.pdf", PdfFactory.FromText("Công văn số 1245/SGTVT-QLGT về quản lý giao thông."));
        _batch.WriteFile("b.pdf", PdfFactory.FromText("Thông báo số 35/TB-UBND về lịch tiếp công dân."));
        Assert.Equal(0, (await RunAsync(_batch.Path, "--agency", "tttt")).Exit);

        // As if killed while b.pdf was in flight: its document was saved, its checkpoint line only half written.
        var checkpoint = Assert.Single(Directory.GetFiles(_data.Combine("import")));
        var lines = await File.ReadAllLinesAsync(checkpoint);
        await File.WriteAllTextAsync(checkpoint, lines[0] + "\n" + lines[1][..10]);
        _batch.WriteFile("c.pdf", PdfFactory.FromText("Kế hoạch số 86/KH-STTTT năm 2015."));

        var (exit, output, _) = await RunAsync(_batch.Path, "--agency", "tttt");

        Assert.Equal(0, exit);
        Assert.Contains("3 files, 1 already done in an earlier run", output, StringComparison.Ordinal);
        Assert.Contains("[2/2]", output, StringComparison.Ordinal);
        // b.pdf is recognised by its SHA-256 as already recorded.
        Assert.Contains("import finished: accepted 2, duplicates 1, refused 0, failed 0", output, StringComparison.Ordinal);
        Assert.Equal(3, (await DocumentsAsync()).Count);

        // A complete run leaves the checkpoint, so the same folder again takes nothing new.
        var again = await RunAsync(_batch.Path, "--agency", "tttt");
        Assert.Contains("3 files, 3 already done", again.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("[1/", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_agency_or_missing_folder_exits_2()
    {
        await CreateAgencyAsync("tttt");

        var unknown = await RunAsync(_batch.Path, "--agency", "khong-co");
        var missing = await RunAsync(_batch.Combine("khong-co"), "--agency", "tttt");

        Assert.Equal(2, unknown.Exit);
        Assert.Contains("agencies: tttt", unknown.Errors, StringComparison.Ordinal);
        Assert.Equal(2, missing.Exit);
        Assert.Contains("folder not found", missing.Errors, StringComparison.Ordinal);
    }
}
