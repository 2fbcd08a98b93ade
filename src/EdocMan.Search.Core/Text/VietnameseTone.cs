namespace EdocMan.Search.Core.Text;

/// <summary>
/// Canonical tone placement for Vietnamese syllables: the tone of a syllable-final "oa", "oe" or
/// "uy" goes on the second vowel ("hòa" → "hoà", "khỏe" → "khoẻ", "thủy" → "thuỷ").
/// </summary>
/// <remarks>
/// Implementation note: both placements are valid NFC and legal texts mix them ("hòa" ×167,
/// "hoà" ×24 in one corpus), so Unicode normalisation alone cannot merge them. The new placement
/// is the one the syllable dictionary uses. Only open syllables are touched ("hoàng" has a single
/// placement), and "qu" is a consonant, so "quý" stays. Case is kept. Pure and thread-safe.
/// </remarks>
public static class VietnameseTone
{
    // Same tone order in every row: grave, acute, hook above, tilde, dot below.
    private const string ToneO = "òóỏõọ";
    private const string ToneU = "ùúủũụ";
    private const string ToneA = "àáảãạ";
    private const string ToneE = "èéẻẽẹ";
    private const string ToneY = "ỳýỷỹỵ";

    /// <summary>Returns <paramref name="syllable"/> with canonical tone placement.</summary>
    public static string Canonicalize(string syllable)
    {
        ArgumentNullException.ThrowIfNull(syllable);
        if (syllable.Length < 2)
        {
            return syllable;
        }
        var chars = syllable.ToCharArray();
        return Canonicalize(chars) ? new string(chars) : syllable;
    }

    /// <summary>
    /// Rewrites the last two characters of <paramref name="syllable"/> in place when they are an
    /// old-style "òa/òe/ùy" (any case). Returns whether anything changed.
    /// </summary>
    public static bool Canonicalize(Span<char> syllable)
    {
        var length = syllable.Length;
        if (length < 2)
        {
            return false;
        }
        var first = syllable[length - 2];
        var last = syllable[length - 1];
        // Only syllables ending in a, e or y can change. Checking that first, in ASCII, spares most syllables
        // char.ToLowerInvariant, which goes through ICU for a non-ASCII letter (5 % of a rebuild's CPU).
        var lastLower = last is 'A' or 'E' or 'Y' ? (char)(last + ('a' - 'A')) : last;
        if (lastLower is not ('a' or 'e' or 'y'))
        {
            return false;
        }
        var firstLower = char.ToLowerInvariant(first);
        int tone;
        string targets;
        char bare;
        if ((tone = ToneO.IndexOf(firstLower)) >= 0 && (lastLower == 'a' || lastLower == 'e'))
        {
            targets = lastLower == 'a' ? ToneA : ToneE;
            bare = 'o';
        }
        else if ((tone = ToneU.IndexOf(firstLower)) >= 0 && lastLower == 'y'
            && !(length >= 3 && char.ToLowerInvariant(syllable[length - 3]) == 'q'))
        {
            targets = ToneY;
            bare = 'u';
        }
        else
        {
            return false;
        }
        syllable[length - 2] = char.IsUpper(first) ? char.ToUpperInvariant(bare) : bare;
        syllable[length - 1] = char.IsUpper(last) ? char.ToUpperInvariant(targets[tone]) : targets[tone];
        return true;
    }
}
