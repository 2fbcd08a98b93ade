using System.Globalization;
using System.Text;

namespace EdocMan.Search.Core.Text;

/// <summary>
/// Cleans extracted text before it is stored, indexed and highlighted.
/// </summary>
/// <remarks>
/// Implementation note: PDF text layers return NFD Vietnamese as separate combining marks, and
/// Lucene's ASCII folding leaves combining marks in place, so NFC comes first. Soft hyphens and
/// zero-width characters split words invisibly and are removed; U+00D0 (Icelandic Eth), which
/// legacy converters emit for Đ, becomes Đ. Pure and thread-safe.
/// </remarks>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var nfc = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(nfc.Length);
        var pendingSpace = false;
        var newlines = 0;
        foreach (var ch in nfc)
        {
            switch (ch)
            {
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    continue;
                case '\r':
                    continue;
                case '\n':
                    newlines++;
                    pendingSpace = false;
                    continue;
            }
            if (char.IsWhiteSpace(ch) || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.Control)
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (newlines > 0)
            {
                // Keep paragraph breaks (at most one blank line) and drop trailing spaces.
                if (sb.Length > 0)
                {
                    sb.Append(newlines > 1 ? "\n\n" : "\n");
                }
                newlines = 0;
            }
            else if (pendingSpace)
            {
                sb.Append(' ');
            }
            pendingSpace = false;
            sb.Append(ch switch
            {
                '\u00D0' => 'Đ',
                '\u00F0' => 'đ',
                _ => ch,
            });
        }
        return sb.ToString();
    }
}
