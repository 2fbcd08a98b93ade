using System.Text.RegularExpressions;

namespace EdocMan.Search.Core.Text;

/// <summary>
/// Detects text written in the legacy Vietnamese font encodings TCVN3 (ABC) and VNI and converts it
/// to Unicode. Text extraction returns such text as Latin-1 look-alikes: "Céng hoµ x· héi" (TCVN3),
/// "Coäng hoøa xaõ hoäi" (VNI).
/// </summary>
/// <remarks>
/// <para>Implementation note: the font name of a text run is the surest sign (".VnTime",
/// ".VnTimeH" for upper case, "VNI-Times"); without it the text itself decides. Either way a
/// conversion is kept only when most of its words are then Vietnamese syllables
/// (<see cref="SyllableLexicon"/>) and clearly more than before, because Latin-1 letters such as
/// "é" and "ê" are also ordinary Vietnamese letters. Text that already holds Vietnamese-only
/// Unicode letters (ă, đ, ơ, ư, ạ…) is never converted.</para>
/// <para>Call it per text run when font names are known, before <see cref="TextNormalizer"/>:
/// TCVN3 puts "ư" on the soft-hyphen code, which the normaliser removes. Pure and thread-safe.</para>
/// </remarks>
public static partial class LegacyEncoding
{
    // "Most resulting tokens are valid syllables".
    private const double MinValidShare = 0.6;

    // Without a font name the conversion must also win clearly over the text as it is.
    private const double MinGain = 0.15;

    // Above this share of Vietnamese-only Unicode letters the text is Unicode already.
    private const double MaxUnicodeShare = 0.01;

    /// <summary>
    /// Converts <paramref name="text"/> when it is TCVN3 or VNI. <paramref name="fontName"/> is the
    /// PDF font of the run when known (subset prefixes such as "ABCDEF+" and style suffixes are fine).
    /// </summary>
    public static LegacyConversion TryConvert(string text, string? fontName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var unchanged = new LegacyConversion(text, LegacyEncodingKind.None);
        if (text.Length == 0 || UnicodeVietnameseShare(text) > MaxUnicodeShare)
        {
            return unchanged;
        }
        var hint = EncodingOfFont(fontName, out var upperCase);
        if (hint != LegacyEncodingKind.None)
        {
            var converted = Decode(text, hint, upperCase);
            var before = ValidShare(text);
            // The font says so; still refuse a conversion that makes the text worse.
            return converted != text && ValidShare(converted) >= Math.Max(before, WordCount(converted) >= 3 ? 0.5 : 0)
                ? new LegacyConversion(converted, hint)
                : unchanged;
        }
        var candidates = Candidates(text).ToList();
        if (candidates.Count == 0)
        {
            return unchanged;
        }
        var original = ValidShare(text);
        var best = unchanged;
        var bestShare = original;
        foreach (var kind in candidates)
        {
            var converted = Decode(text, kind, upperCase: false);
            var share = ValidShare(converted);
            if (share >= MinValidShare && share >= original + MinGain && share > bestShare)
            {
                best = new LegacyConversion(converted, kind);
                bestShare = share;
            }
        }
        return best;
    }

    /// <summary>The encoding a PDF font name implies; <paramref name="upperCase"/> for TCVN3 "H" fonts.</summary>
    public static LegacyEncodingKind EncodingOfFont(string? fontName, out bool upperCase)
    {
        upperCase = false;
        if (string.IsNullOrWhiteSpace(fontName))
        {
            return LegacyEncodingKind.None;
        }
        var name = fontName.Trim();
        var plus = name.IndexOf('+');
        if (plus is > 0 and <= 7)
        {
            name = name[(plus + 1)..]; // subset prefix "ABCDEF+"
        }
        if (VniFont().IsMatch(name))
        {
            return LegacyEncodingKind.Vni;
        }
        var match = Tcvn3Font().Match(name);
        if (!match.Success)
        {
            return LegacyEncodingKind.None;
        }
        upperCase = match.Groups["family"].Value.EndsWith('H');
        return LegacyEncodingKind.Tcvn3;
    }

    private static string Decode(string text, LegacyEncodingKind kind, bool upperCase) => kind switch
    {
        LegacyEncodingKind.Tcvn3 => LegacyEncodingTables.DecodeTcvn3(text, upperCase),
        LegacyEncodingKind.Vni => LegacyEncodingTables.DecodeVni(text),
        _ => text,
    };

    private static IEnumerable<LegacyEncodingKind> Candidates(string text)
    {
        bool tcvn3 = false, vni = false;
        for (var i = 0; i < text.Length && !(tcvn3 && vni); i++)
        {
            tcvn3 |= LegacyEncodingTables.IsTcvn3Code(text[i]);
            vni |= i > 0 && LegacyEncodingTables.IsVniPair(text[i - 1], text[i]);
        }
        if (tcvn3)
        {
            yield return LegacyEncodingKind.Tcvn3;
        }
        if (vni)
        {
            yield return LegacyEncodingKind.Vni;
        }
    }

    /// <summary>Share of the words (letters only, digits and punctuation ignored) that are known syllables.</summary>
    internal static double ValidShare(string text)
    {
        int words = 0, valid = 0;
        foreach (Match word in Word().Matches(text))
        {
            words++;
            if (SyllableLexicon.Default.Contains(word.ValueSpan))
            {
                valid++;
            }
        }
        return words == 0 ? 0 : (double)valid / words;
    }

    private static int WordCount(string text) => Word().Count(text);

    private static double UnicodeVietnameseShare(string text)
    {
        int letters = 0, vietnamese = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }
            letters++;
            if (c is 'ă' or 'Ă' or 'đ' or 'Đ' or 'ơ' or 'Ơ' or 'ư' or 'Ư' or 'ĩ' or 'Ĩ' or 'ũ' or 'Ũ' or (>= '\u1EA0' and <= '\u1EF9'))
            {
                vietnamese++;
            }
        }
        return letters == 0 ? 0 : (double)vietnamese / letters;
    }

    // Words as the conversion produces them: letters, including the Latin-1 code points of TCVN3.
    [GeneratedRegex(@"[\p{L}\u00A1-\u00BF\u00D7\u00F7]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"^VNI[-_ ]?[A-Za-z]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VniFont();

    // ".VnTime", ".VnTimeH", "VnArial,Bold", ".VnCentury SchoolbookH-Italic".
    [GeneratedRegex(@"^\.?Vn(?!I[-_ ])(?<family>[A-Za-z ]+?)(?:[,-].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Tcvn3Font();
}
