using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Api.Intake;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Data;
using EdocMan.Search.Extraction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.IndexTools.Commands;

/// <summary>
/// <c>import FOLDER --agency CODE [--register den|di|noibo] [--fresh]</c>: ingests every file under FOLDER
/// through the upload's own accept path (<see cref="FileIntake"/>), so duplicates are skipped and unreadable
/// files recorded as Failed exactly as an upload would be. Extraction is left to the server's worker, which
/// finds the queued jobs in the database.
/// </summary>
/// <remarks>
/// Implementation note: resuming rests on a checkpoint, one JSON line per finished file (relative path,
/// outcome, reason), appended and flushed after each file, under <c>{data}/import/</c>. A killed import
/// skips what its checkpoint lists; the one file in flight at the kill may already be recorded, and the
/// SHA-256 duplicate check then reports it as a duplicate of itself, so nothing is stored twice. The
/// checkpoint is kept after a complete run, so importing the same folder again only takes new files.
/// </remarks>
internal static class ImportCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>One finished file, as the checkpoint records it.</summary>
    internal sealed record Entry(string Path, FileOutcome Outcome, Guid? Id, string? Reason);

    /// <summary>What import needs beside options and data: sniffing (the extractor registry; engines load lazily) and the accept path.</summary>
    public static IServiceCollection AddServices(IServiceCollection services) => services.AddExtraction().AddFileIntake();

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        // The first argument after "import" that is neither an option nor an option's value.
        var folder = args.Skip(1).Where((a, i) => !a.StartsWith('-') && (i == 0 || args[i] is not ("--agency" or "--register")))
            .FirstOrDefault();
        var code = Option(args, "--agency")?.ToLowerInvariant();
        var register = UploadDocument.ParseRegister(Option(args, "--register") ?? "den");
        if (folder is null || !Directory.Exists(folder) || code is null || register is null)
        {
            await errors.WriteLineAsync("usage: edocman-index import FOLDER --agency CODE [--register den|di|noibo] [--fresh]" +
                (folder is not null && !Directory.Exists(folder) ? $"\nimport: folder not found: {folder}" : ""));
            return 2;
        }
        folder = Path.GetFullPath(folder);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
        Core.Agencies.Agency? agency;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
            agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code, ct);
            if (agency is null)
            {
                var known = string.Join(", ", await db.Agencies.Select(a => a.Code).OrderBy(c => c).ToListAsync(ct));
                await errors.WriteLineAsync($"import: no agency “{code}” (agencies: {(known.Length == 0 ? "none yet; start the server once" : known)})");
                return 2;
            }
        }

        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var checkpoint = CheckpointPath(storage, code, folder);
        if (args.Contains("--fresh"))
        {
            File.Delete(checkpoint);
        }
        var done = ReadCheckpoint(checkpoint);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
        var todo = files.Where(f => !done.ContainsKey(f)).ToList();
        await output.WriteLineAsync($"import {folder} into {agency.Code} ({agency.Name}), register {register}: " +
            $"{files.Count} files, {files.Count - todo.Count} already done in an earlier run (checkpoint {checkpoint})");

        var watch = Stopwatch.StartNew();
        var midLine = File.Exists(checkpoint) && EndsMidLine(checkpoint);
        await using (var log = new StreamWriter(new FileStream(checkpoint, FileMode.Append, FileAccess.Write, FileShare.Read), new UTF8Encoding(false)))
        {
            if (midLine)
            {
                // A kill left half a line: end it, or the next entry would be glued to it and lost.
                await log.WriteLineAsync();
            }
            for (var i = 0; i < todo.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                var entry = await IngestOneAsync(services, agency, folder, todo[i], register.Value, ct);
                done[entry.Path] = entry;
                await log.WriteLineAsync(JsonSerializer.Serialize(entry, Json));
                await log.FlushAsync(ct);
                var rate = (i + 1) / Math.Max(0.001, watch.Elapsed.TotalSeconds);
                await output.WriteAsync($"\r[{i + 1}/{todo.Count}] {100.0 * (i + 1) / todo.Count:0}%  {rate:0.0} files/s  {Counts(done.Values)}   ");
            }
        }
        if (todo.Count > 0)
        {
            await output.WriteLineAsync();
        }
        await WriteReportAsync(output, agency.Code, files.Select(f => done[f]).ToList());
        return 0;
    }

    private static async Task<Entry> IngestOneAsync(
        IServiceProvider services, Core.Agencies.Agency agency, string folder, string relative, Core.Documents.RegisterKind register, CancellationToken ct)
    {
        // A scope per file: the context's change tracker would otherwise hold every document of the batch.
        await using var scope = services.CreateAsyncScope();
        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<FileIntake>()
                .IngestAsync(agency, Path.Combine(folder, relative), register, ct);
            return new Entry(relative, result.Outcome, result.DocumentId, result.Reason);
        }
        catch (IOException ex)
        {
            // Unreadable from disk (permissions, a share that dropped): nothing stored, say why.
            return new Entry(relative, FileOutcome.Refused, null, $"Không đọc được tệp: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return new Entry(relative, FileOutcome.Refused, null, $"Không có quyền đọc tệp: {ex.Message}");
        }
    }

    private static async Task WriteReportAsync(TextWriter output, string agency, IReadOnlyList<Entry> entries)
    {
        await output.WriteLineAsync($"import finished: {Counts(entries)}");
        foreach (var refused in entries.Where(e => e.Outcome == FileOutcome.Refused))
        {
            await output.WriteLineAsync($"  refused  {refused.Path}: {refused.Reason}");
        }
        foreach (var failed in entries.Where(e => e.Outcome == FileOutcome.Failed))
        {
            await output.WriteLineAsync($"  failed   {failed.Path}: {failed.Reason} → /{agency}/van-ban/{failed.Id}");
        }
        if (entries.Any(e => e.Outcome == FileOutcome.Failed))
        {
            await output.WriteLineAsync("Failed documents are kept with their originals: see the links above in the web app, " +
                $"GET /{agency}/api/documents/{{id}}, or `edocman-index stats`.");
        }
        if (entries.Any(e => e.Outcome == FileOutcome.Accepted))
        {
            await output.WriteLineAsync("Accepted documents are queued (status Stored): the running server, or scripts/run.sh, " +
                "extracts and indexes them; documents that fail there show as Failed with their reason in the web app.");
        }
    }

    private static string Counts(IEnumerable<Entry> entries)
    {
        var list = entries.ToList();
        int Count(FileOutcome o) => list.Count(e => e.Outcome == o);
        return $"accepted {Count(FileOutcome.Accepted)}, duplicates {Count(FileOutcome.Duplicate)}, " +
            $"refused {Count(FileOutcome.Refused)}, failed {Count(FileOutcome.Failed)}";
    }

    /// <summary>One checkpoint per agency and folder, so two imports into different agencies never mix.</summary>
    internal static string CheckpointPath(StorageOptions storage, string agency, string folder)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folder)))[..16];
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetFullPath(storage.DataDirectory), "import")).FullName;
        return Path.Combine(directory, $"{agency}-{key}.jsonl");
    }

    private static bool EndsMidLine(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read);
        if (stream.Length == 0)
        {
            return false;
        }
        stream.Seek(-1, SeekOrigin.End);
        return stream.ReadByte() != '\n';
    }

    private static Dictionary<string, Entry> ReadCheckpoint(string path)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return entries;
        }
        foreach (var line in File.ReadLines(path))
        {
            try
            {
                if (JsonSerializer.Deserialize<Entry>(line, Json) is { } entry)
                {
                    entries[entry.Path] = entry;
                }
            }
            catch (JsonException)
            {
                // The line being written when the import was killed: that file is simply done again.
            }
        }
        return entries;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
