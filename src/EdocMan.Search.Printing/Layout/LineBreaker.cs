using System.Globalization;
using System.Text;

namespace EdocMan.Search.Printing.Layout;

/// <summary>
/// Greedy word wrap: fills each line with as many words as fit <c>maxWidth</c>, breaking a word
/// only when it is wider than a whole line on its own.
/// </summary>
/// <remarks>
/// Implementation note: the width function is passed in, so the algorithm is tested without PDFsharp.
/// Candidate lines are measured whole rather than summing word widths, so the result never overflows
/// whatever the font does with spaces.
/// </remarks>
internal static class LineBreaker
{
    public static IReadOnlyList<string> Wrap(string paragraph, double maxWidth, Func<string, double> measure)
    {
        var lines = new List<string>();
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var current = new StringBuilder();
        foreach (var word in words)
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (measure(candidate) <= maxWidth)
            {
                current.Clear().Append(candidate);
                continue;
            }
            if (current.Length > 0)
            {
                lines.Add(current.ToString());
                current.Clear();
            }
            if (measure(word) <= maxWidth)
            {
                current.Append(word);
                continue;
            }
            // A word longer than the line (a glued run, a URL): cut it between text elements so a
            // letter and its combining marks stay together.
            foreach (var piece in SplitLongWord(word, maxWidth, measure))
            {
                if (current.Length > 0)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                }
                current.Append(piece);
            }
        }
        if (current.Length > 0)
        {
            lines.Add(current.ToString());
        }
        return lines;
    }

    private static IEnumerable<string> SplitLongWord(string word, double maxWidth, Func<string, double> measure)
    {
        var piece = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (piece.Length > 0 && measure(piece + element) > maxWidth)
            {
                yield return piece.ToString();
                piece.Clear();
            }
            piece.Append(element);
        }
        if (piece.Length > 0)
        {
            yield return piece.ToString();
        }
    }
}
