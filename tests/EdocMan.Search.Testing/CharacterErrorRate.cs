namespace EdocMan.Search.Testing;

/// <summary>
/// Character error rate of OCR output against ground truth: edit distance (insertions, deletions,
/// substitutions) divided by the length of the truth, after NFC and collapsing whitespace, since line
/// breaks and spacing are layout, not content.
/// </summary>
public static class CharacterErrorRate
{
    /// <summary>CER of <paramref name="recognised"/> against <paramref name="truth"/>, 0 = perfect (may exceed 1).</summary>
    public static double Of(string truth, string recognised)
    {
        var expected = VietnameseText.Collapse(truth);
        var actual = VietnameseText.Collapse(recognised);
        return expected.Length == 0 ? (actual.Length == 0 ? 0 : 1) : (double)EditDistance(expected, actual) / expected.Length;
    }

    /// <summary>Levenshtein distance in UTF-16 code units (Vietnamese NFC letters are single units).</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
