using System.Text;

namespace EdocMan.Search.Extraction.PlainText;

/// <summary>
/// Decodes the bytes of a text file whose encoding nobody declared.
/// </summary>
/// <remarks>
/// Implementation note: the order is BOM (UTF-8, UTF-32, UTF-16), then strict UTF-8, then
/// Windows-1258 (the Vietnamese ANSI code page of older Windows machines). .NET's Windows-1258 maps
/// all 256 byte values, so Latin-1 is only used where code pages are unavailable; decoding never fails. Legacy font encodings (TCVN3/ABC, VNI) look like Latin-1 and
/// cannot be told apart from it without a dictionary; they come out as mojibake.
/// UTF-32 is checked before UTF-16 because FF FE 00 00 also starts with the UTF-16 LE mark.
/// </remarks>
internal static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding?> Windows1258 = new(() =>
    {
        // In the shared framework since .NET Core 3.0, but only after registering the provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    });

    public static (string Text, Encoding Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return (Encoding.UTF8.GetString(bytes[3..]), Encoding.UTF8);
        }
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE, 0, 0 }))
        {
            return (Encoding.UTF32.GetString(bytes[4..]), Encoding.UTF32);
        }
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), Encoding.Unicode);
        }
        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), Encoding.BigEndianUnicode);
        }
        if (TryDecode(StrictUtf8, bytes, out var utf8))
        {
            return (utf8, Encoding.UTF8);
        }
        if (Windows1258.Value is { } cp1258 && TryDecode(cp1258, bytes, out var vietnamese))
        {
            return (vietnamese, cp1258);
        }
        return (Encoding.Latin1.GetString(bytes), Encoding.Latin1);
    }

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }
}
