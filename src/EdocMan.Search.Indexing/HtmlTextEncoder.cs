using System.Text;

namespace EdocMan.Search.Indexing;

/// <summary>Escapes the five HTML-significant characters and nothing else.</summary>
/// <remarks>
/// Implementation note: Lucene's SimpleHTMLEncoder and WebUtility.HtmlEncode also turn
/// non-ASCII letters into numeric entities, which would make every Vietnamese snippet
/// "qu&amp;#7843;n" — valid but unreadable in logs and tests, and heavier on the wire.
/// </remarks>
internal static class HtmlTextEncoder
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var sb = new StringBuilder(text.Length + 16);
        Append(sb, text);
        return sb.ToString();
    }

    /// <summary>Appends <paramref name="text"/> to <paramref name="html"/>, escaped.</summary>
    public static void Append(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default: html.Append(ch); break;
            }
        }
    }
}
