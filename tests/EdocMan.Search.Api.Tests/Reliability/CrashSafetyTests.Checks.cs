using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Security.Cryptography;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Api.Features.Search;
using EdocMan.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Data.Sqlite;

namespace EdocMan.Search.Api.Tests.Reliability;

public sealed partial class CrashSafetyTests
{
    /// <summary>Through the API: Indexed, the same SHA-256, the original byte for byte, found exactly once by its marker.</summary>
    private static async Task<List<string>> CheckAsync(HttpClient http, TestFile file, DocumentResponse document)
    {
        var problems = new List<string>();
        if (document.Status != "Indexed")
        {
            problems.Add($"status {document.Status} ({document.FailureReason})");
        }
        if (document.Sha256 != file.Sha256)
        {
            problems.Add($"recorded SHA-256 {document.Sha256}");
        }
        var original = await http.GetByteArrayAsync($"/tttt/api/documents/{document.Id}/original");
        if (Convert.ToHexStringLower(SHA256.HashData(original)) != file.Sha256)
        {
            problems.Add("the original is not the uploaded bytes");
        }
        var search = await http.GetFromJsonAsync<SearchResponse>($"/tttt/api/search?q={file.Marker}");
        if (search!.Total != 1 || search.Hits.Single().Id != document.Id)
        {
            problems.Add($"searching {file.Marker} found {search.Total} hits: {string.Join(", ", search.Hits.Select(h => h.Id))}");
        }
        return problems;
    }

    /// <summary>
    /// After a graceful stop, in the data folder itself: one row per upload and nothing else, every job
    /// done, every original intact on disk, and the index's committed entries exactly the documents, once each.
    /// </summary>
    private void CheckDataFolder(TestFile[] files, UploadLog uploads, ConcurrentBag<string> problems)
    {
        var expected = files.Select((f, i) => (f.Sha256, Id: uploads.Ids[i]!.Value)).ToDictionary(p => p.Id, p => p.Sha256);
        if (expected.Count != files.Length)
        {
            problems.Add($"{files.Length} uploads map to {expected.Count} distinct documents");
        }
        using (var connection = new SqliteConnection($"Data Source={_data.Combine("edocman.db")};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            using var rows = connection.CreateCommand();
            rows.CommandText = "SELECT Id, Sha256, Status FROM Documents";
            using var reader = rows.ExecuteReader();
            var seen = 0;
            while (reader.Read())
            {
                seen++;
                var id = Guid.Parse(reader.GetString(0));
                if (!expected.TryGetValue(id, out var sha) || sha != reader.GetString(1).Trim())
                {
                    problems.Add($"database row {id} ({reader.GetString(2)}) is no upload's document");
                }
                var path = _data.Combine($"originals/{sha?[..2]}/{sha?[2..4]}/{sha}");
                if (sha is not null && (!File.Exists(path) || Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) != sha))
                {
                    problems.Add($"original of {id} missing or altered on disk");
                }
            }
            if (seen != files.Length)
            {
                problems.Add($"{seen} document rows for {files.Length} uploads");
            }
            using var jobs = connection.CreateCommand();
            jobs.CommandText = "SELECT COUNT(*) FROM IngestionJobs WHERE State <> 'Done'";
            if (Convert.ToInt32(jobs.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) is var open and > 0)
            {
                problems.Add($"{open} ingestion jobs not Done");
            }
        }

        using var directory = FSDirectory.Open(_data.Combine("index"));
        using var index = DirectoryReader.Open(directory);
        var live = MultiFields.GetLiveDocs(index);
        var ids = Enumerable.Range(0, index.MaxDoc).Where(d => live is null || live.Get(d))
            .Select(d => Guid.ParseExact(index.Document(d).Get(IndexSchema.Id), "N")).ToList();
        foreach (var twice in ids.GroupBy(id => id).Where(g => g.Count() > 1))
        {
            problems.Add($"index holds {twice.Key} {twice.Count()} times");
        }
        if (!ids.ToHashSet().SetEquals(expected.Keys))
        {
            problems.Add($"the committed index holds {ids.Distinct().Count()} documents, not the {expected.Count} uploaded");
        }
    }
}
