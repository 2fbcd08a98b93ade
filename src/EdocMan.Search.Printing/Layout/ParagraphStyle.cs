using System.Text.RegularExpressions;

namespace EdocMan.Search.Printing.Layout;

/// <summary>How one input line is drawn.</summary>
internal enum ParagraphKind
{
    Body,
    CentredHeading,
    NumberedHeading,
}

/// <summary>Classifies input lines the way a clerk formats an administrative document.</summary>
internal static partial class ParagraphStyle
{
    public static ParagraphKind Classify(string line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }
            if (char.IsLower(c))
            {
                return ParagraphKind.Body;
            }
            letters++;
        }
        // "TM." or a lone Roman numeral is not a heading; a real one has a word or two of capitals.
        if (letters < 4)
        {
            return ParagraphKind.Body;
        }
        return SectionNumber().IsMatch(line) ? ParagraphKind.NumberedHeading : ParagraphKind.CentredHeading;
    }

    // "I. ", "IV. ", "2. ", "2.1. " at the start of a line: section headings stay left-aligned.
    [GeneratedRegex(@"^(?:[IVXLC]+|\d+(?:\.\d+)*)\.\s")]
    private static partial Regex SectionNumber();
}
