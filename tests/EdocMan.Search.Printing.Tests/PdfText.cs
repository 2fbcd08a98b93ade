using System.Text;
using EdocMan.Search.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace EdocMan.Search.Printing.Tests;

/// <summary>Reads a rendered PDF back the way the PdfPig extractor does.</summary>
internal static class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages()
            .Select(p => ContentOrderTextExtractor.GetText(p).Normalize(NormalizationForm.FormC))
            .ToList();
    }

    /// <summary>Whitespace collapsed to single spaces: line wrapping is layout, not content.</summary>
    public static string Collapse(string text) => VietnameseText.Collapse(text);
}
