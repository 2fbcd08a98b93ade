using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace EdocMan.Search.IndexTools.Eval;

/// <summary>
/// Baseline: SQLite FTS5 with <c>unicode61 remove_diacritics 2</c> and bm25(). That tokenizer keeps
/// đ as a letter of its own, so đ/Đ are folded to d/D on both sides (platform notes §4).
/// </summary>
/// <remarks>
/// The table is contentless (<c>content=''</c>): bm25 needs only the index, and a million documents'
/// text would otherwise be stored a second time. Rows are numbered in load order and mapped back to keys.
/// </remarks>
internal sealed partial class SqliteFts5Engine : IRetrievalEngine
{
    private const int RowsPerTransaction = 20_000;
    private readonly SqliteConnection _connection;
    private readonly List<string> _keys = [];
    private readonly bool _matchAll;

    /// <param name="matchAll">
    /// Whether every word must match (AND), as in EdocMan's own queries; the quality harness ORs them
    /// (the default), which ranks long natural-language questions better. The speed benchmark uses AND.
    /// </param>
    /// <param name="path">A database file to build the table in (the speed benchmark at scale); in memory when null.</param>
    public SqliteFts5Engine(bool matchAll = false, string? path = null)
    {
        _matchAll = matchAll;
        _connection = new SqliteConnection(path is null ? "Data Source=:memory:" : $"Data Source={path};Pooling=False");
    }

    public string Name => "sqlite-fts5";

    public void Index(IReadOnlyList<Article> articles) => Load(articles.Select(a => (a.Key, a.Text)));

    /// <summary>Streams documents into the table, committing every <see cref="RowsPerTransaction"/> rows.</summary>
    public void Load(IEnumerable<(string Key, string Text)> documents)
    {
        _connection.Open();
        using (var create = _connection.CreateCommand())
        {
            // A throw-away table: no journal and no syncs while it is built.
            create.CommandText = """
                PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
                CREATE VIRTUAL TABLE docs USING fts5(body, content='', tokenize='unicode61 remove_diacritics 2');
                """;
            create.ExecuteNonQuery();
        }
        var tx = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO docs(rowid, body) VALUES ($id, $body)";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        foreach (var (key, text) in documents)
        {
            _keys.Add(key);
            id.Value = _keys.Count;
            body.Value = FoldD(text);
            insert.Transaction = tx;
            insert.ExecuteNonQuery();
            if (_keys.Count % RowsPerTransaction == 0)
            {
                tx.Commit();
                tx.Dispose();
                tx = _connection.BeginTransaction();
            }
        }
        tx.Commit();
        tx.Dispose();
    }

    /// <summary>Opens the table an earlier <see cref="Load"/> left in the file (bench-search --reuse-peer); hits are then row numbers.</summary>
    public void Open() => _connection.Open();

    public IReadOnlyList<string> Search(string query, int k)
    {
        // Every word as a quoted string: FTS5 syntax characters in the text stay literal.
        var words = Word().Matches(FoldD(query.Normalize(NormalizationForm.FormC))).Select(m => m.Value).Distinct().ToList();
        if (words.Count == 0)
        {
            return [];
        }
        using var select = _connection.CreateCommand();
        select.CommandText = "SELECT rowid FROM docs WHERE docs MATCH $q ORDER BY bm25(docs) LIMIT $k";
        select.Parameters.AddWithValue("$q", string.Join(_matchAll ? " AND " : " OR ", words.Select(w => "\"" + w + "\"")));
        select.Parameters.AddWithValue("$k", k);
        using var reader = select.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            var row = (int)reader.GetInt64(0);
            keys.Add(row <= _keys.Count ? _keys[row - 1] : row.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return keys;
    }

    public void Dispose() => _connection.Dispose();

    private static string FoldD(string text) => text.Replace('đ', 'd').Replace('Đ', 'D');

    [GeneratedRegex(@"[\p{L}\p{Mn}\p{N}]+")]
    private static partial Regex Word();
}
