using System.Text.RegularExpressions;

namespace EdocMan.Search.Core.Text;

/// <summary>
/// The shape of a Vietnamese syllable: optional initial consonant, one to three vowels, optional
/// final consonant or semivowel ("nghiêng", "khuỷu", "người", "quý").
/// </summary>
/// <remarks>
/// Implementation note: a shape check, not a dictionary; it accepts well-formed syllables that no
/// dictionary lists and rejects English words ("mail", "online"). Case-insensitive, expects NFC.
/// </remarks>
public static partial class VietnameseSyllable
{
    /// <summary>Lower-case Vietnamese vowels with every diacritic, in NFC.</summary>
    public const string Vowels = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";

    /// <summary>Whether <paramref name="word"/> has the shape of one Vietnamese syllable.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= 7 && Shape().IsMatch(word);

    /// <summary>Whether <paramref name="c"/> is a Vietnamese vowel letter (any case, any diacritic).</summary>
    public static bool IsVowel(char c) => Vowels.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal);

    [GeneratedRegex(
        "^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
        + "[aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ]{1,3}"
        + "(?:ng|nh|ch|[cmnptuoiy])?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
