using System.Text;

namespace EdocMan.Search.Core.Text;

/// <summary>
/// Character error rate (CER) of OCR output against ground truth: edit distance (insertions, deletions,
/// substitutions) over the length of the truth, after NFC and collapsing whitespace.
/// </summary>
/// <remarks>
/// Implementation note: whitespace is collapsed because line breaks and spacing are layout, not content, and
/// Tesseract and a text layer lay a page out differently. Distances are in UTF-16 code units: after NFC every
/// Vietnamese letter ("ế", "ự") is one unit, so a lost tone mark counts as one substitution. The OCR tests'
/// bounds and the OCR benchmark share this one definition, so their figures compare. Pure and thread-safe.
/// </remarks>
public static class CharacterErrorRate
{
    /// <summary>CER of one page: 0 is perfect; may exceed 1. An empty truth gives 0 for an empty reading, else 1.</summary>
    public static double Of(string truth, string recognised) => Of([truth], [recognised]);

    /// <summary>
    /// CER of several pages together: total edits over total truth characters, so longer pages weigh more.
    /// </summary>
    public static double Of(IReadOnlyList<string> truths, IReadOnlyList<string> recognised)
    {
        ArgumentNullException.ThrowIfNull(truths);
        ArgumentNullException.ThrowIfNull(recognised);
        if (truths.Count != recognised.Count)
        {
            throw new ArgumentException($"{truths.Count} truths but {recognised.Count} readings.", nameof(recognised));
        }
        long edits = 0, length = 0;
        for (var i = 0; i < truths.Count; i++)
        {
            var truth = Collapse(truths[i]);
            edits += EditDistance(truth, Collapse(recognised[i]));
            length += truth.Length;
        }
        return length == 0 ? (edits == 0 ? 0 : 1) : (double)edits / length;
    }

    /// <summary>Levenshtein distance between two strings, in UTF-16 code units.</summary>
    public static int EditDistance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
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

    private static string Collapse(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
