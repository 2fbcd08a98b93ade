using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace EdocMan.Search.Testing;

/// <summary>Surgery on the streams of a real PDF, for damaged-file fixtures that stay well-formed PDF.</summary>
public static class PdfStreams
{
    /// <summary>
    /// Passes every stream's decoded content (as Latin-1 text) to <paramref name="rewrite"/>; a non-null answer
    /// replaces the stream, stored uncompressed. PDFsharp rewrites lengths and the cross-reference table.
    /// </summary>
    public static byte[] RewriteFlateStreams(byte[] pdf, Func<string, string?> rewrite)
    {
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary { Stream: { } stream } dictionary)
            {
                continue;
            }
            var text = Encoding.Latin1.GetString(stream.UnfilteredValue);
            if (rewrite(text) is { } changed)
            {
                dictionary.Elements.Remove("/Filter");
                stream.Value = Encoding.Latin1.GetBytes(changed);
            }
        }
        using var output = new MemoryStream();
        document.Options.CompressContentStreams = false;
        document.Save(output);
        return output.ToArray();
    }
}
