using System.Text;

namespace EdocMan.Search.Core.Text;

/// <summary>
/// Joins lines that PDF extraction broke inside a sentence, and words hyphenated at a line end.
/// </summary>
/// <remarks>
/// Implementation note: a line break is a layout artefact when the next line starts with a
/// lower-case letter and the line before does not end a sentence or a heading (. : ; ! ?);
/// it becomes a space. "X-⏎y" is a hyphenation when "Xy" is a Vietnamese syllable or X and y are
/// not syllables on their own ("docu-⏎ment"); when both are syllables the hyphen is a real one
/// ("kinh tế-⏎xã hội") and stays. Blank lines (paragraphs) are kept. Expects text from
/// <see cref="TextNormalizer"/> (single '\n' line ends). Pure and thread-safe.
/// </remarks>
public static class LineRepair
{
    /// <summary>Returns <paramref name="text"/> with broken lines and hyphenations joined.</summary>
    public static string Repair(string text, SyllableLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (!text.Contains('\n'))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var single = c == '\n' && (i + 1 >= text.Length || text[i + 1] != '\n') && (i == 0 || text[i - 1] != '\n');
            if (!single || i + 1 >= text.Length || !char.IsLower(text[i + 1]))
            {
                sb.Append(c);
                continue;
            }
            if (sb.Length > 0 && sb[^1] == '-' && sb.Length > 1 && char.IsLetter(sb[^2]))
            {
                JoinHyphenated(sb, text, i + 1, lexicon);
                continue;
            }
            var last = LastNonSpace(sb);
            sb.Append(last is '.' or ':' or ';' or '!' or '?' ? '\n' : ' ');
        }
        return sb.ToString();
    }

    private static void JoinHyphenated(StringBuilder sb, string text, int next, SyllableLexicon lexicon)
    {
        var start = sb.Length - 1;
        while (start > 0 && char.IsLetter(sb[start - 1]))
        {
            start--;
        }
        var left = sb.ToString(start, sb.Length - 1 - start);
        var end = next;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        var right = text[next..end];
        var compound = lexicon.Contains(left) && lexicon.Contains(right) && !lexicon.Contains(left + right);
        if (!compound)
        {
            sb.Length--; // drop the hyphen: one word was cut in two
        }
    }

    private static char LastNonSpace(StringBuilder sb)
    {
        for (var k = sb.Length - 1; k >= 0; k--)
        {
            if (!char.IsWhiteSpace(sb[k]))
            {
                return sb[k];
            }
        }
        return '\n';
    }
}
