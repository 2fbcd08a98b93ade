using System.Text;
using Lucene.Net.Search.Highlight;

namespace EdocMan.Search.Indexing;

/// <summary>Escapes the five HTML-significant characters and nothing else.</summary>
/// <remarks>
/// Implementation note: Lucene's SimpleHTMLEncoder and WebUtility.HtmlEncode also turn
/// non-ASCII letters into numeric entities, which would make every Vietnamese snippet
/// "qu&amp;#7843;n" — valid but unreadable in logs and tests, and heavier on the wire.
/// </remarks>
internal sealed class HtmlTextEncoder : IEncoder
{
    public static HtmlTextEncoder Instance { get; } = new();

    public string EncodeText(string originalText) => Encode(originalText);

    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var sb = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString();
    }
}
