using EdocMan.Search.Core.Options;
using EdocMan.Search.Data;
using EdocMan.Search.IndexTools.Backup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.IndexTools.Commands;

/// <summary>
/// Checks a data folder: every original (and searchable PDF) is in the store with the SHA-256 it is
/// named by, and the index's latest commit holds exactly the Indexed documents, each once.
/// </summary>
/// <remarks>
/// The index is read without a writer, so verify may run beside the server; the server commits every
/// few seconds, so a document indexed in those seconds can show as missing until the next commit.
/// </remarks>
internal static class VerifyCommand
{
    private const int MaxListed = 50;

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var problems = new List<string>();

        var documents = await db.Documents.AsNoTracking()
            .Select(d => new { d.Id, d.Sha256, d.SearchablePdfSha256, d.Status }).ToListAsync();
        var originals = documents.Select(d => (d.Id, Sha: d.Sha256))
            .Concat(documents.Where(d => d.SearchablePdfSha256 != null).Select(d => (d.Id, Sha: d.SearchablePdfSha256!)))
            .DistinctBy(o => o.Sha)
            .ToList();
        var store = storage.ResolveOriginalsPath();
        foreach (var (id, sha) in originals)
        {
            var path = Path.Combine(store, sha[..2], sha[2..4], sha);
            if (!File.Exists(path))
            {
                problems.Add($"original missing: {sha} (document {id})");
            }
            else if (FileHashing.Sha256(path) is var actual && actual != sha)
            {
                problems.Add($"original damaged: {sha} (document {id}) hashes to {actual}");
            }
        }

        var ids = IndexFolder.ReadIds(storage.ResolveIndexPath());
        var inIndex = ids.ToHashSet();
        var indexed = documents.Where(d => d.Status == Core.Documents.DocumentStatus.Indexed).Select(d => d.Id).ToHashSet();
        problems.AddRange(ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => $"in the index {g.Count()} times: {g.Key}"));
        problems.AddRange(indexed.Where(id => !inIndex.Contains(id)).Select(id => $"missing from index: {id}"));
        problems.AddRange(inIndex.Where(id => !indexed.Contains(id)).Select(id => $"in the index but not Indexed in the database: {id}"));

        foreach (var problem in problems.Take(MaxListed))
        {
            await output.WriteLineAsync(problem);
        }
        if (problems.Count > MaxListed)
        {
            await output.WriteLineAsync($"… and {problems.Count - MaxListed} more");
        }
        await output.WriteLineAsync(
            $"{documents.Count} documents, {originals.Count} originals hashed, {indexed.Count} indexed in the database, " +
            $"{ids.Count} index entries: {(problems.Count == 0 ? "all agree" : $"{problems.Count} problems")}");
        return problems.Count == 0 ? 0 : 1;
    }
}
