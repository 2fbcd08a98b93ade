using EdocMan.Search.Testing;
using Microsoft.Data.Sqlite;

namespace EdocMan.Search.IndexTools.Tests.Backup;

/// <summary>Restores that must refuse, each with a clear message and a non-zero exit, and leave the target empty.</summary>
public sealed class BackupRestoreErrorTests : IAsyncLifetime
{
    private readonly TempDirectory _source = new();
    private readonly TempDirectory _backups = new();
    private readonly TempDirectory _restored = new();
    private string _backup = string.Empty;

    public async Task InitializeAsync()
    {
        await using (var services = ToolRun.Services(_source.Path))
        {
            await ToolRun.GenerateAsync(services, 12);
        }
        var backup = await ToolRun.BackupAsync(_source.Path, _backups.Path);
        Assert.Equal(0, backup.Exit);
        _backup = Directory.GetDirectories(_backups.Path)[0];
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _restored.Dispose();
        _backups.Dispose();
        _source.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_missing_backup_folder_exits_2()
    {
        var (exit, _, errors) = await ToolRun.RestoreAsync(_restored.Path, _backups.Combine("khong-co"));

        Assert.Equal(2, exit);
        Assert.Contains("backup folder not found", errors, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_restored.Path));
    }

    [Fact]
    public async Task A_corrupt_or_absent_manifest_exits_2()
    {
        var manifest = Path.Combine(_backup, "manifest.json");
        var text = await File.ReadAllTextAsync(manifest);
        await File.WriteAllTextAsync(manifest, text[..(text.Length / 2)]);
        var truncated = await ToolRun.RestoreAsync(_restored.Path, _backup);
        await File.WriteAllTextAsync(manifest, text.Replace("\"path\": \"edocman.db\"", "\"path\": \"../../edocman.db\"", StringComparison.Ordinal));
        var escaping = await ToolRun.RestoreAsync(_restored.Path, _backup);
        File.Delete(manifest);
        var absent = await ToolRun.RestoreAsync(_restored.Path, _backup);

        Assert.Equal((2, 2, 2), (truncated.Exit, escaping.Exit, absent.Exit));
        Assert.Contains("manifest.json is corrupt", truncated.Errors, StringComparison.Ordinal);
        Assert.Contains("outside the backup folder", escaping.Errors, StringComparison.Ordinal);
        Assert.Contains("no manifest.json", absent.Errors, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_restored.Path));
    }

    [Fact]
    public async Task A_damaged_file_in_the_backup_exits_1_and_restores_nothing()
    {
        var original = Directory.EnumerateFiles(Path.Combine(_backup, "originals"), "*", SearchOption.AllDirectories).First();
        var bytes = await File.ReadAllBytesAsync(original);
        bytes[bytes.Length / 2] ^= 0x20;
        await File.WriteAllBytesAsync(original, bytes);

        var (exit, _, errors) = await ToolRun.RestoreAsync(_restored.Path, _backup);

        Assert.Equal(1, exit);
        Assert.Contains("is damaged (1 files); nothing was restored", errors, StringComparison.Ordinal);
        Assert.Contains($"damaged: originals/", errors, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_restored.Path));
    }

    [Fact]
    public async Task A_non_empty_target_is_refused_and_left_alone()
    {
        var keep = _restored.WriteFile("edocman.db", [1, 2, 3]);

        var (exit, _, errors) = await ToolRun.RestoreAsync(_restored.Path, _backup);

        Assert.Equal(2, exit);
        Assert.Contains("Restore only into an empty data folder", errors, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(keep));
    }

    [Fact]
    public async Task Verify_reports_a_damaged_original_and_an_index_that_disagrees()
    {
        Assert.Equal(0, (await ToolRun.VerifyAsync(_source.Path)).Exit);
        var original = Directory.EnumerateFiles(_source.Combine("originals"), "*", SearchOption.AllDirectories)
            .First(f => !f.Contains(".incoming", StringComparison.Ordinal));
        await File.AppendAllTextAsync(original, "x");
        Directory.Delete(_source.Combine("index"), recursive: true);

        var (exit, output) = await ToolRun.VerifyAsync(_source.Path);

        Assert.Equal(1, exit);
        Assert.Contains($"original damaged: {Path.GetFileName(original)}", output, StringComparison.Ordinal);
        Assert.Contains("missing from index: ", output, StringComparison.Ordinal);
        Assert.Contains("13 problems", output, StringComparison.Ordinal);
    }
}
