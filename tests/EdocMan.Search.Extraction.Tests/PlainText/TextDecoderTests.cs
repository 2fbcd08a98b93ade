using System.Text;
using EdocMan.Search.Extraction.PlainText;

namespace EdocMan.Search.Extraction.Tests.PlainText;

public sealed class TextDecoderTests
{
    [Fact]
    public void Valid_UTF8_without_BOM_is_UTF8()
    {
        var (text, encoding) = TextDecoder.Decode("Đơn vị"u8);

        Assert.Equal("Đơn vị", text);
        Assert.Equal(65001, encoding.CodePage);
    }

    [Fact]
    public void Invalid_UTF8_is_read_as_Windows_1258()
    {
        var (_, encoding) = TextDecoder.Decode(new byte[] { 0x51, 0x75, 0x79, 0xEA, 0xEC, 0x74 }); // "Quyê" + U+0301 + "t"

        Assert.Equal(1258, encoding.CodePage);
    }

    [Fact]
    public void Every_byte_sequence_decodes()
    {
        // .NET's Windows-1258 maps all 256 bytes (0x81 to U+0081 and so on), so Latin-1 is only the
        // fallback for a runtime without code pages; either way decoding never fails.
        var everyByte = Enumerable.Range(0, 256).Select(b => (byte)b).ToArray();

        var (text, encoding) = TextDecoder.Decode(everyByte);

        Assert.Equal(256, text.Length);
        Assert.Equal(1258, encoding.CodePage);
    }

    [Fact]
    public void A_UTF32_BOM_is_not_mistaken_for_UTF16()
    {
        var (text, encoding) = TextDecoder.Decode([.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes("Số")]);

        Assert.Equal("Số", text);
        Assert.Equal(Encoding.UTF32.CodePage, encoding.CodePage);
    }
}
