using System.Globalization;
using System.Net;
using System.Text;

namespace EdocMan.Search.Api.Web;

/// <summary>
/// Marks the words of a query in a page's text, ignoring diacritics and case the way search does
/// ("quan ly" marks "quản lý"), and HTML-escapes everything else.
/// </summary>
public static class TextMarker
{
    public static string Mark(string text, string? query)
    {
        var words = (query ?? string.Empty)
            .Split([' ', '"', '-', ',', '.', ';', ':'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Fold)
            .Where(w => w.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return WebUtility.HtmlEncode(text);
        }
        var html = new StringBuilder(text.Length + 64);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                continue;
            }
            if (i > start)
            {
                var word = text[start..i];
                html.Append(words.Contains(Fold(word))
                    ? "<mark>" + WebUtility.HtmlEncode(word) + "</mark>"
                    : WebUtility.HtmlEncode(word));
            }
            if (i < text.Length)
            {
                html.Append(WebUtility.HtmlEncode(text[i].ToString()));
            }
            start = i + 1;
        }
        return html.ToString();
    }

    private static string Fold(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var ch in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(ch is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(ch));
            }
        }
        return sb.ToString();
    }
}
