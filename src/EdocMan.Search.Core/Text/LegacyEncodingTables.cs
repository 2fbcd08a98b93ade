using System.Text;

namespace EdocMan.Search.Core.Text;

/// <summary>
/// Decoding tables of TCVN3 (ABC) and VNI, written from the encodings' definitions: the code of
/// each byte as text extraction shows it (the Latin-1 character with the same number).
/// </summary>
internal static class LegacyEncodingTables
{
    // TCVN3: the letters in the order of their codes, after the code where each row starts.
    private static readonly (int Code, string Letters)[] Tcvn3Rows =
    [
        (0xA1, "ĂÂÊÔƠƯĐăâêôơưđ"),
        (0xB5, "àảãáạ"),
        (0xBB, "ằẳẵắ"),
        (0xC6, "ặầẩẫấậè"),
        (0xCE, "ẻẽéẹềểễếệìỉ"),
        (0xDC, "ĩíịò"),
        (0xE1, "ỏõóọồổỗốộờởỡớợù"),
        (0xF1, "ủũúụừửữứựỳỷỹýỵ"),
    ];

    /// <summary>TCVN3 byte (as a Latin-1 char) → Unicode letter, for the normal (lower-case) fonts.</summary>
    public static IReadOnlyDictionary<char, char> Tcvn3 { get; } = BuildTcvn3();

    /// <summary>Whether <paramref name="c"/> is one of the codes TCVN3 gives a Vietnamese letter.</summary>
    public static bool IsTcvn3Code(char c) => Tcvn3.ContainsKey(c);

    // VNI marks (lower-case byte, upper-case byte) → the Unicode combining marks they stand for.
    private const string Grave = "\u0300", Acute = "\u0301", Hook = "\u0309", Tilde = "\u0303", Dot = "\u0323";
    private const string Circumflex = "\u0302", Breve = "\u0306", Horn = "\u031B";

    private static readonly (char Lower, char Upper, string Marks)[] ToneMarks =
    [
        ('ø', 'Ø', Grave), ('ù', 'Ù', Acute), ('û', 'Û', Hook), ('õ', 'Õ', Tilde), ('ï', 'Ï', Dot),
    ];

    private static readonly (char Lower, char Upper, string Marks)[] CircumflexMarks =
    [
        ('â', 'Â', Circumflex), ('à', 'À', Circumflex + Grave), ('á', 'Á', Circumflex + Acute),
        ('å', 'Å', Circumflex + Hook), ('ã', 'Ã', Circumflex + Tilde), ('ä', 'Ä', Circumflex + Dot),
    ];

    private static readonly (char Lower, char Upper, string Marks)[] BreveMarks =
    [
        ('ê', 'Ê', Breve), ('è', 'È', Breve + Grave), ('é', 'É', Breve + Acute),
        ('ú', 'Ú', Breve + Hook), ('ü', 'Ü', Breve + Tilde), ('ë', 'Ë', Breve + Dot),
    ];

    /// <summary>VNI letters that stand alone: đ, the i's with a tone, ỵ, and the horn bases ơ, ư.</summary>
    private static readonly Dictionary<char, string> VniSingles = new()
    {
        ['ñ'] = "đ", ['Ñ'] = "Đ",
        ['æ'] = "ỉ", ['Æ'] = "Ỉ", ['ó'] = "ĩ", ['Ó'] = "Ĩ", ['ò'] = "ị", ['Ò'] = "Ị",
        ['î'] = "ỵ", ['Î'] = "Ỵ",
        ['ô'] = "o" + Horn, ['Ô'] = "O" + Horn, ['ö'] = "u" + Horn, ['Ö'] = "U" + Horn,
    };

    /// <summary>The VNI byte pairs that are frequent in VNI text and rare in Unicode text.</summary>
    public static bool IsVniPair(char baseLetter, char mark) =>
        "aeouyAEOUY".Contains(baseLetter, StringComparison.Ordinal) && MarksFor(baseLetter, mark) is not null;

    /// <summary>Converts VNI text (Latin-1 view) to Unicode NFC.</summary>
    public static string DecodeVni(string text)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            string letter;
            if (VniSingles.TryGetValue(c, out var single))
            {
                letter = single;
            }
            else
            {
                sb.Append(c);
                i++;
                if ("aeouyAEOUY".Contains(c, StringComparison.Ordinal) && i < text.Length && MarksFor(c, text[i]) is { } marks)
                {
                    sb.Append(marks);
                    i++;
                }
                continue;
            }
            sb.Append(letter);
            i++;
            // ơ and ư take a tone byte after them, like a plain vowel.
            if ((c is 'ô' or 'Ô' or 'ö' or 'Ö') && i < text.Length && Find(ToneMarks, text[i]) is { } tone)
            {
                sb.Append(tone);
                i++;
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Converts TCVN3 text to Unicode; <paramref name="upperCase"/> for the "H" fonts (.VnTimeH).</summary>
    public static string DecodeTcvn3(string text, bool upperCase)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (Tcvn3.TryGetValue(chars[i], out var letter))
            {
                chars[i] = upperCase ? char.ToUpperInvariant(letter) : letter;
            }
        }
        return new string(chars).Normalize(NormalizationForm.FormC);
    }

    private static string? MarksFor(char baseLetter, char mark)
    {
        var lower = char.ToLowerInvariant(baseLetter);
        return Find(ToneMarks, mark)
            ?? (lower is 'a' or 'e' or 'o' ? Find(CircumflexMarks, mark) : null)
            ?? (lower == 'a' ? Find(BreveMarks, mark) : null);
    }

    private static string? Find((char Lower, char Upper, string Marks)[] table, char mark)
    {
        foreach (var (lower, upper, marks) in table)
        {
            if (mark == lower || mark == upper)
            {
                return marks;
            }
        }
        return null;
    }

    private static Dictionary<char, char> BuildTcvn3()
    {
        var map = new Dictionary<char, char>();
        foreach (var (code, letters) in Tcvn3Rows)
        {
            for (var k = 0; k < letters.Length; k++)
            {
                map[(char)(code + k)] = letters[k];
            }
        }
        return map;
    }
}
