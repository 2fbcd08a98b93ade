using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace EdocMan.Search.IndexTools.Eval;

/// <summary>
/// Baseline: SQLite FTS5 with <c>unicode61 remove_diacritics 2</c> and bm25(). That tokenizer keeps
/// đ as a letter of its own, so đ/Đ are folded to d/D on both sides (platform notes §4).
/// </summary>
/// <param name="matchAll">
/// Whether every word must match (AND), as in EdocMan's own queries; the quality harness ORs them
/// (the default), which ranks long natural-language questions better. The speed benchmark uses AND.
/// </param>
internal sealed partial class SqliteFts5Engine(bool matchAll = false) : IRetrievalEngine
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public string Name => "sqlite-fts5";

    public void Index(IReadOnlyList<Article> articles)
    {
        _connection.Open();
        using (var create = _connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE docs USING fts5(key UNINDEXED, body, tokenize='unicode61 remove_diacritics 2')";
            create.ExecuteNonQuery();
        }
        using var tx = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO docs(key, body) VALUES ($key, $body)";
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        foreach (var article in articles)
        {
            key.Value = article.Key;
            body.Value = FoldD(article.Text);
            insert.ExecuteNonQuery();
        }
        tx.Commit();
    }

    public IReadOnlyList<string> Search(string query, int k)
    {
        // Every word as a quoted string, OR-ed: FTS5 syntax characters in the text stay literal.
        var words = Word().Matches(FoldD(query.Normalize(NormalizationForm.FormC))).Select(m => m.Value).Distinct().ToList();
        if (words.Count == 0)
        {
            return [];
        }
        using var select = _connection.CreateCommand();
        select.CommandText = "SELECT key FROM docs WHERE docs MATCH $q ORDER BY bm25(docs) LIMIT $k";
        select.Parameters.AddWithValue("$q", string.Join(matchAll ? " AND " : " OR ", words.Select(w => "\"" + w + "\"")));
        select.Parameters.AddWithValue("$k", k);
        using var reader = select.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }
        return keys;
    }

    public void Dispose() => _connection.Dispose();

    private static string FoldD(string text) => text.Replace('đ', 'd').Replace('Đ', 'D');

    [GeneratedRegex(@"[\p{L}\p{Mn}\p{N}]+")]
    private static partial Regex Word();
}
