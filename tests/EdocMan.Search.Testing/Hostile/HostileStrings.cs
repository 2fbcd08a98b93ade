namespace EdocMan.Search.Testing.Hostile;

/// <summary>Strings that break naive code: traversal names, markup, control characters, bad Unicode, huge values.</summary>
public static class HostileStrings
{
    public const string Script = "<script>alert('xss')</script>";

    public static readonly string[] FileNames =
    [
        "../../etc/passwd", "..\\..\\x", "../../../../../../tmp/edocman-escape.txt", "/etc/shadow", "C:\\Windows\\win.ini",
        "....//....//x.txt", "..", ".", "...", "%2e%2e%2fetc%2fpasswd", "..%2f..%2fx.txt", "x/../../../y.txt",
        "originals/../../edocman.db", "edocman.db", ".incoming/x", "\0passwd.txt", "a\0b.txt", "tep\r\nContent-Type: text/html.txt",
        "\u202Etxt.exe", "CON", "NUL.txt", "aux.pdf", new string('a', 300) + ".txt", new string('ư', 1000) + ".txt",
        "tệp có dấu và khoảng trắng .txt", "<script>alert(1)</script>.txt", "\"quoted\".txt", "name;with;semicolons.txt",
        "\t \t.txt", "\uFEFFbom.txt", "emoji 😀 \uD83D.txt", "x.txt.pdf", "~/.ssh/authorized_keys",
    ];

    /// <summary>Byte sequences that are not UTF-8: lone continuation bytes, overlongs, encoded surrogates, truncations.</summary>
    public static readonly byte[][] InvalidUtf8 =
    [
        [0xFF, 0xFE, 0xFD], [0x80, 0x80], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0xE1, 0xBB], [0x2E, 0x2E, 0xC0, 0xAF, 0x2E, 0x2E],
    ];

    /// <summary>Every text field of an upload.</summary>
    public static readonly string[] MetadataFields = ["title", "number", "documentType", "issuer", "signer", "documentDate", "register"];

    public static readonly string[] FieldValues =
    [
        Script, "<img src=x onerror=alert(1)>", "\"><svg/onload=alert(1)>", "</textarea><b>đậm</b>", "javascript:alert(1)",
        "\0\u0001\u0002\u001b[31m\u007f", "a\r\nSet-Cookie: x=y", "\u202Eđảo chiều", "\uD800", "\uDFFF lẻ",
        new string('Ơ', 501), new string('x', 100_000), "'; DROP TABLE Documents; --", "{{7*7}} ${7*7} @(7*7)",
        "9999-99-99", "31/02/2014", "0001-01-01", "-1", "den\0", "  ",
    ];

    /// <summary>
    /// At least <paramref name="count"/> malformed search requests (the query string after <c>?</c>), from a seed.
    /// </summary>
    public static IEnumerable<string> SearchQueryStrings(int seed, int count)
    {
        var random = new Random(seed);
        var made = 0;
        foreach (var q in FixedQueries)
        {
            made++;
            yield return "q=" + EscapeLenient(q);
        }
        foreach (var parameters in FixedParameters)
        {
            made++;
            yield return "q=quy+che&" + parameters;
        }
        while (made < count)
        {
            made++;
            var q = RandomQuery(random);
            var extra = random.Next(4) == 0 ? "&" + FixedParameters[random.Next(FixedParameters.Length)] : "";
            yield return "q=" + EscapeLenient(q) + extra;
        }
    }

    private static readonly string[] FixedQueries =
    [
        "\"", "\"\"", "\"quy chế", "quy chế\"", "((", "))", "(quy chế", "quy chế)", "[", "]", "{", "}", "[1 TO 5", "{* TO *}",
        "AND", "OR", "NOT", "-", "+", "--", "++", "&&", "||", "!", "AND OR NOT", "NOT NOT NOT", "quy AND", "OR chế", "-quy", "-\"quy chế\"",
        "*", "?", "~", "^", "*:*", "*quy", "qu?y", "quy~", "quy~2", "quy^10", "quy^-1", "quy^999999999999", "\"quy chế\"~10000",
        ":", "::", "loai:", "so:", "coquan:", "nam:", "ngay:", "nguoiky:\"", "loai:\"\"", "nam:abc", "nam:99999999999999999999",
        "nam:-1", "ngay:2014-13-45", "ngay:2014-01-01..", "ngay:..2014-01-01", "ngay:2015-01-01..2014-01-01", "ngay:x..y",
        "ngay:0001-01-01..9999-12-31", "so:31/2014/QĐ-UBND:extra", "loai:QĐ:CV", "title:quy", "content:*", "_id:1", "access:public",
        "/", "//", "/quy.*/", "/[a-z/", "/(a+)+$/", "\\", "\\\\", "quy\\", "'", "''", "' OR '1'='1", "1; DROP TABLE Documents",
        "%", "%%", "_", "SELECT * FROM Documents", "<script>alert(1)</script>", "&lt;b&gt;", "&#0;", "\0", "\u0001\u0002\u0003",
        "\u001b[2J", "\t\n\r", "\u200B", "\uFEFF", "\u202E", "\uFFFD", "\uFFFF", "😀", "𝕢𝕦𝕪", "1" + new string('0', 400),
        "-9223372036854775809", "1e308", "NaN", "31/2014/QĐ-UBND/31/2014/QĐ-UBND", new string('/', 1000), new string('-', 1999),
        string.Concat(Enumerable.Repeat("a ", 999)), string.Concat(Enumerable.Repeat("\"a\" ", 499)), string.Concat(Enumerable.Repeat("loai:a ", 285)),
        string.Concat(Enumerable.Repeat("so:1/QĐ ", 249)), string.Concat(Enumerable.Repeat("-a ", 666)), new string('a', 1999), new string('a', 2001),
        new string('ư', 2000), new string('(', 1999), string.Concat(Enumerable.Repeat("quy* ", 399)), string.Concat(Enumerable.Repeat("*?", 999)),
    ];

    private static readonly string[] FixedParameters =
    [
        "page=0", "page=-1", "page=abc", "page=2147483647", "page=2147483648", "page=1e3", "page=", "page=1&page=2",
        "pageSize=0", "pageSize=101", "pageSize=-5", "pageSize=abc", "pageSize=2147483647", "pageSize=99999999999",
        "page=2147483647&pageSize=100", "page=100&pageSize=100", "page=101&pageSize=100",
        "sort=", "sort=random", "sort=date_desc;drop", "sort=%00", "sort=DATE_ASC", "sort=" + new string('s', 5000),
        "from=2014-13-01", "from=abc", "from=0000-00-00", "from=9999-12-31", "to=2014-02-30", "from=2015-01-01&to=2014-01-01",
        "from=-2014-01-01", "from=2014-01-01T00:00:00", "to=" + new string('9', 1000), "from=%00",
        "type=", "type=" + new string('t', 51), "type=%3Cscript%3E", "type=%00", "type=QĐ", "type=*",
        "facets=abc", "facets=", "facets=-1", "facets=agency,%00", "unknown=1", "q=a&q=b", "%zz=1", "page=%FF",
    ];

    private static readonly string[] Pieces =
    [
        "\"", "(", ")", "[", "]", "{", "}", "*", "?", "~", "^", ":", "/", "\\", "-", "+", "!", "&&", "||", "AND", "OR", "NOT",
        "loai:", "so:", "nam:", "ngay:", "coquan:", "nguoiky:", "..", "quy", "chế", "quản lý", "31/2014/QĐ-UBND", "QĐ", "văn bản",
        "'", ";", "--", "%", "_", "<", ">", "&", "#", "\0", "\u0007", "\u001f", "\u007f", "\u0085", "\u2028", "\uD800", "\uDC00",
        "\uFFFD", "😀", "\u0301", "\u0323", "2014-01-01", "99999999999999999999", "-0", "1e-9", " ", "  ", "\t", "\n", ".", ",",
    ];

    private static string RandomQuery(Random random)
    {
        var builder = new System.Text.StringBuilder();
        var pieces = random.Next(1, random.Next(10) == 0 ? 400 : 12);
        for (var i = 0; i < pieces; i++)
        {
            if (random.Next(6) == 0)
            {
                builder.Append((char)random.Next(0, 0x10000));
            }
            else
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }
        }
        return builder.ToString();
    }

    /// <summary>Percent-encodes as UTF-8, except that a lone surrogate goes out as the bytes a careless client sends (CESU).</summary>
    private static string EscapeLenient(string text)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogatePair(text, i))
            {
                builder.Append(Uri.EscapeDataString(text.Substring(i, 2)));
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append($"%{0xE0 | (c >> 12):X2}%{0x80 | ((c >> 6) & 0x3F):X2}%{0x80 | (c & 0x3F):X2}");
            }
            else
            {
                builder.Append(Uri.EscapeDataString(c.ToString()));
            }
        }
        return builder.ToString();
    }
}
