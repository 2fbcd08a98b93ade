using System.Globalization;
using System.Text;

namespace EdocMan.Search.Testing;

/// <summary>Comparisons that tolerate what OCR and layout do to Vietnamese text.</summary>
public static class VietnameseText
{
    /// <summary>Lower-case, without tone marks or diacritics, đ folded to d: "Quyết Định" → "quyet dinh".</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(c switch { 'đ' => 'd', 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>NFC with every run of whitespace collapsed to one space: line wrapping is layout, not content.</summary>
    public static string Collapse(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
