using System.IO.Compression;
using UglyToad.PdfPig.Tokens;

namespace EdocMan.Search.Extraction.Pdf;

/// <summary>
/// Reads a PDF stream's Flate data on our own terms, bounded, before PdfPig does it without a bound: what the
/// content and CMap budgets measure.
/// </summary>
internal static class FlateData
{
    public static bool IsFlate(DictionaryToken dictionary) =>
        dictionary.TryGet(NameToken.Filter, out var filter) && filter switch
        {
            NameToken name => name.Equals(NameToken.FlateDecode) || name.Equals(NameToken.Fl),
            ArrayToken { Data.Count: 1 } array => array.Data[0] is NameToken n && (n.Equals(NameToken.FlateDecode) || n.Equals(NameToken.Fl)),
            _ => false,
        };

    /// <summary>
    /// Inflates <paramref name="raw"/> up to about <paramref name="limit"/> bytes, copying them to
    /// <paramref name="into"/> when given; <c>Damaged</c> when the data broke off (what came before is kept).
    /// </summary>
    public static (long Length, bool Damaged) Inflate(byte[] raw, long limit, Stream? into = null)
    {
        long length = 0;
        try
        {
            using var inflater = new ZLibStream(new MemoryStream(raw), CompressionMode.Decompress);
            var buffer = new byte[81920];
            int read;
            while (length < limit && (read = inflater.Read(buffer)) > 0)
            {
                into?.Write(buffer, 0, read);
                length += read;
            }
            return (length, false);
        }
        catch (InvalidDataException)
        {
            return (length, true);
        }
    }
}
