using System.Security.Cryptography;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using EdocMan.Search.Data.Access;
using EdocMan.Search.Indexing;
using EdocMan.Search.IndexTools.Backup;
using EdocMan.Search.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace EdocMan.Search.IndexTools.Tests.Backup;

/// <summary>
/// <c>backup</c> of a data folder that is being written to, <c>restore</c> into an empty folder, and
/// every document found again through the restored index and by the hash of its original.
/// </summary>
public sealed class BackupRestoreTests(ITestOutputHelper log) : IDisposable
{
    private readonly TempDirectory _source = new();
    private readonly TempDirectory _backups = new();
    private readonly TempDirectory _restored = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _restored.Dispose();
        _backups.Dispose();
        _source.Dispose();
    }

    [Fact]
    public async Task A_backup_taken_during_writes_restores_into_an_empty_folder_with_every_document_found()
    {
        await using (var first = ToolRun.Services(_source.Path))
        {
            await ToolRun.GenerateAsync(first, 60);
        }
        // As with the server running: another writer keeps adding documents, to the database and the
        // index (committing per batch), while the backup is taken from "another process".
        (int Exit, string Output, string Errors) backup;
        await using (var live = ToolRun.Services(_source.Path))
        {
            var writing = ToolRun.GenerateAsync(live, 240);
            await WaitForDocumentsAsync(90);
            backup = await ToolRun.BackupAsync(_source.Path, _backups.Path);
            await writing;
        }
        Assert.True(backup.Exit == 0, backup.Output + backup.Errors);
        var folder = Assert.Single(Directory.GetDirectories(_backups.Path));

        var restore = await ToolRun.RestoreAsync(_restored.Path, folder);

        log.WriteLine(backup.Output + restore.Output);
        Assert.True(restore.Exit == 0, restore.Output + restore.Errors);
        Assert.Contains("verified against manifest.json", restore.Output, StringComparison.Ordinal);
        // The index comes from the backup, not only from re-indexing the database.
        Assert.Matches(@"index\s+[1-9][0-9]* entries copied", restore.Output);
        var manifest = BackupManifest.Read(folder, out var problem);
        Assert.Null(problem);
        await using var services = ToolRun.Services(_restored.Path);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var documents = await db.Documents.AsNoTracking().ToListAsync();
        // Taken while the writer worked: neither before it began nor after it ended.
        Assert.InRange(documents.Count, 90, 239);
        Assert.Equal(manifest.Documents, documents.Count);
        var index = services.GetRequiredService<ISearchIndex>();
        Assert.Equal(documents.Count(d => d.Status == DocumentStatus.Indexed), index.GetStats().DocumentCount);
        var tokens = await db.LoadAccessTokensAsync(documents.Select(d => d.Id).ToList(), CancellationToken.None);
        foreach (var document in documents)
        {
            Assert.Equal(DocumentStatus.Indexed, document.Status);
            var original = Path.Combine(_restored.Path, "originals", document.Sha256[..2], document.Sha256[2..4], document.Sha256);
            Assert.Equal(document.Sha256, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(original))));
            // Found by its number (or title) through the restored index, under its own permission filter.
            var text = document.Number ?? document.Title;
            var hits = index.Search(new SearchQuery($"\"{text}\"", tokens[document.Id], PageSize: LuceneSearchIndex.MaxPageSize));
            Assert.Contains(hits.Hits, h => h.Id == document.Id);
        }
        services.GetRequiredService<ISearchIndex>().Dispose();
        var verify = await ToolRun.VerifyAsync(_restored.Path);
        Assert.True(verify.Exit == 0, verify.Output);
    }

    private async Task WaitForDocumentsAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        await using var connection = new SqliteConnection($"Data Source={_source.Combine("edocman.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Documents";
        while (Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the writer did not reach {count} documents");
            await Task.Delay(10);
        }
    }

    [Fact]
    public async Task An_incremental_backup_links_the_originals_it_already_has_and_full_copies_them()
    {
        await using (var services = ToolRun.Services(_source.Path))
        {
            await ToolRun.GenerateAsync(services, 40);
        }
        var first = await ToolRun.BackupAsync(_source.Path, _backups.Path);
        await using (var services = ToolRun.Services(_source.Path))
        {
            await ToolRun.GenerateAsync(services, 50);
        }
        var second = await ToolRun.BackupAsync(_source.Path, _backups.Path);
        var full = await ToolRun.BackupAsync(_source.Path, _backups.Path, "--full");

        Assert.Contains("backup full", first.Output, StringComparison.Ordinal);
        Assert.Contains("originals 40 copied", first.Output, StringComparison.Ordinal);
        Assert.Contains("backup incremental", second.Output, StringComparison.Ordinal);
        Assert.Contains("originals 10 copied", second.Output, StringComparison.Ordinal);
        Assert.Contains("40 linked from the base", second.Output, StringComparison.Ordinal);
        Assert.Contains("originals 50 copied", full.Output, StringComparison.Ordinal);
        // The incremental folder is complete on its own: it restores without the first one.
        var folders = Directory.GetDirectories(_backups.Path).Order(StringComparer.Ordinal).ToList();
        Directory.Delete(folders[0], recursive: true);
        var restore = await ToolRun.RestoreAsync(_restored.Path, folders[1]);
        Assert.True(restore.Exit == 0, restore.Errors);
        Assert.Equal(0, (await ToolRun.VerifyAsync(_restored.Path)).Exit);
    }

    [Fact]
    public async Task Restore_rebuilds_the_index_from_the_database_when_asked()
    {
        await using (var services = ToolRun.Services(_source.Path))
        {
            await ToolRun.GenerateAsync(services, 30);
        }
        await ToolRun.BackupAsync(_source.Path, _backups.Path);

        var restore = await ToolRun.RestoreAsync(_restored.Path, Directory.GetDirectories(_backups.Path)[0], "--rebuild-index");

        Assert.True(restore.Exit == 0, restore.Errors);
        Assert.Contains("rebuilt from the database, 30 re-indexed", restore.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await ToolRun.VerifyAsync(_restored.Path)).Exit);
    }
}
