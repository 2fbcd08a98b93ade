using System.Text;

namespace EdocMan.Search.Core.Ingestion;

/// <summary>
/// Tells a file's type from its first bytes (magic numbers), never from its name.
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class ContentSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> wants to see.</summary>
    public const int HeadLength = 4096;

    public static string Sniff(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return ContentTypes.Unknown;
        }
        // PDF readers accept the header anywhere in the first KiB; so do we.
        if (IndexOf(head[..Math.Min(head.Length, 1024)], "%PDF-"u8) >= 0)
        {
            return ContentTypes.Pdf;
        }
        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return ContentTypes.Png;
        }
        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return ContentTypes.Jpeg;
        }
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return ContentTypes.Tiff;
        }
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return IndexOf(head, "word/"u8) >= 0 || IndexOf(head, "[Content_Types].xml"u8) >= 0
                ? ContentTypes.Docx
                : ContentTypes.Zip;
        }
        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            return ContentTypes.Doc;
        }
        // A byte-order mark announces text, including UTF-16 whose zero bytes would otherwise look binary.
        if (head.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) || head.StartsWith(new byte[] { 0xFF, 0xFE })
            || head.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return ContentTypes.PlainText;
        }
        return LooksLikeText(head) ? ContentTypes.PlainText : ContentTypes.Unknown;
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return false;
            }
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C))
            {
                controls++;
            }
        }
        if (controls * 100 > head.Length)
        {
            return false;
        }
        // Legacy 8-bit Vietnamese (TCVN3, VNI) is not valid UTF-8 but is still text; accept mostly-printable bytes.
        return IsValidUtf8Prefix(head) || controls == 0;
    }

    private static bool IsValidUtf8Prefix(ReadOnlySpan<byte> head)
    {
        // The head may cut a multi-byte sequence; ignore up to three trailing bytes.
        for (var cut = 0; cut <= Math.Min(3, head.Length - 1); cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(head[..(head.Length - cut)]))
            {
                return true;
            }
        }
        return false;
    }

    private static int IndexOf(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle) => haystack.IndexOf(needle);
}
