using System.IO.Compression;
using System.Text;

namespace EdocMan.Search.Testing.Hostile;

/// <summary>
/// Hand-built files that are valid on the outside and hostile on the inside: decompression bombs in a
/// PDF and in a .docx, and images whose headers lie. Written byte by byte so no library repairs them.
/// </summary>
public static class HostileFormats
{
    /// <summary>
    /// A one-page PDF whose content stream is Flate-compressed and inflates to <paramref name="inflatedBytes"/>
    /// of <paramref name="filler"/> repeated: a few hundred KB on the wire, hundreds of MB in memory.
    /// </summary>
    public static byte[] PdfFlateBomb(long inflatedBytes, string filler = " ")
    {
        var content = Deflate(inflatedBytes, "BT /F1 12 Tf 72 700 Td (Van ban thu bom nen) Tj ET\n", filler, zlib: true);
        return Pdf(content, "/Filter /FlateDecode", extraResources: "");
    }

    /// <summary>
    /// A PDF page holding one image that claims <paramref name="width"/> × <paramref name="height"/> grey
    /// pixels, Flate-compressed from zeros (a page image bomb; no text, so extraction would OCR it).
    /// </summary>
    public static byte[] PdfImageBomb(int width, int height)
    {
        var pixels = Deflate((long)width * height, "", "\0", zlib: true);
        var builder = new PdfBuilder();
        builder.Add("<< /Type /Catalog /Pages 2 0 R >>");
        builder.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        builder.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>");
        builder.AddStream("", Encoding.ASCII.GetBytes("q 595 0 0 842 0 0 cm /Im1 Do Q\n"));
        builder.AddStream($"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", pixels);
        return builder.Build();
    }

    /// <summary>
    /// A .docx (a real Open XML package) whose <c>word/document.xml</c> inflates to about
    /// <paramref name="inflatedBytes"/>: one paragraph of <paramref name="filler"/> or, when
    /// <paramref name="manyParagraphs"/>, millions of empty paragraphs (a DOM bomb).
    /// </summary>
    public static byte[] DocxBomb(long inflatedBytes, bool manyParagraphs, string filler = "a")
    {
        const string Head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
        var (open, repeat, close) = manyParagraphs
            ? (Head, "<w:p/>", "</w:body></w:document>")
            : (Head + "<w:p><w:r><w:t>", filler, "</w:t></w:r></w:p></w:body></w:document>");
        return Docx(zip => WriteRepeated(zip, "word/document.xml", open, repeat, close, inflatedBytes));
    }

    /// <summary>
    /// <paramref name="zip"/> with every entry's uncompressed size, in its local header and in the central
    /// directory, rewritten to <paramref name="claimed"/>: a bomb that lies to a check of declared sizes.
    /// </summary>
    public static byte[] LyingSizes(byte[] zip, uint claimed = 1000)
    {
        var bytes = (byte[])zip.Clone();
        for (var i = 0; i + 46 <= bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            if (signature == 0x04034b50)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22), claimed);
            }
            else if (signature == 0x02014b50)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24), claimed);
            }
        }
        return bytes;
    }

    /// <summary>A small valid .docx holding <paramref name="text"/> in one paragraph.</summary>
    public static byte[] Docx(string text) => Docx(zip =>
    {
        var escaped = System.Security.SecurityElement.Escape(text);
        WriteRepeated(zip, "word/document.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
            "<w:body><w:p><w:r><w:t>" + escaped + "</w:t></w:r></w:p></w:body></w:document>", "", "", 0);
    });

    /// <summary>A PNG header (signature and IHDR with a correct CRC) claiming the given size, then <paramref name="rest"/>.</summary>
    public static byte[] PngHeader(int width, int height, byte[] rest)
    {
        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BigEndian(ihdr, 0, width);
        BigEndian(ihdr, 4, height);
        ihdr[8] = 8;
        ihdr[9] = 0;
        var typed = Encoding.ASCII.GetBytes("IHDR").Concat(ihdr).ToArray();
        var length = new byte[4];
        BigEndian(length, 0, 13);
        png.Write(length);
        png.Write(typed);
        var crc = new byte[4];
        BigEndian(crc, 0, (int)Crc32(typed));
        png.Write(crc);
        png.Write(rest);
        return png.ToArray();
    }

    /// <summary>A JPEG start (SOI, a SOF0 claiming the given size), then <paramref name="rest"/>.</summary>
    public static byte[] JpegHeader(int width, int height, byte[] rest)
    {
        byte[] head =
        [
            0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x0B, 0x08,
            (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x01, 0x01, 0x11, 0x00,
        ];
        return [.. head, .. rest];
    }

    /// <summary>A little-endian TIFF header whose first IFD is at <paramref name="ifdOffset"/>, then <paramref name="rest"/>.</summary>
    public static byte[] TiffHeader(uint ifdOffset, byte[] rest)
    {
        var head = new byte[8];
        head[0] = (byte)'I';
        head[1] = (byte)'I';
        head[2] = 42;
        BitConverter.TryWriteBytes(head.AsSpan(4), ifdOffset);
        return [.. head, .. rest];
    }

    private static byte[] Pdf(byte[] content, string filter, string extraResources)
    {
        var builder = new PdfBuilder();
        builder.Add("<< /Type /Catalog /Pages 2 0 R >>");
        builder.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        builder.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> " + extraResources + ">> >>");
        builder.AddStream(filter, content);
        builder.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return builder.Build();
    }

    private static byte[] Docx(Action<ZipArchive> writeDocument)
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteRepeated(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "", "", 0);
            WriteRepeated(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
                "", "", 0);
            writeDocument(zip);
        }
        return output.ToArray();
    }

    private static void WriteRepeated(ZipArchive zip, string name, string open, string repeat, string close, long totalBytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        WriteRepeated(stream, open, repeat, close, totalBytes);
    }

    private static byte[] Deflate(long totalBytes, string open, string repeat, bool zlib)
    {
        var output = new MemoryStream();
        using (Stream compressor = zlib
            ? new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)
            : new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            WriteRepeated(compressor, open, repeat, "", totalBytes);
        }
        return output.ToArray();
    }

    private static void WriteRepeated(Stream stream, string open, string repeat, string close, long totalBytes)
    {
        stream.Write(Encoding.UTF8.GetBytes(open));
        if (repeat.Length > 0 && totalBytes > 0)
        {
            var unit = Encoding.UTF8.GetBytes(repeat);
            var block = new byte[Math.Max(unit.Length, (1 << 20) - (1 << 20) % unit.Length)];
            for (var i = 0; i + unit.Length <= block.Length; i += unit.Length)
            {
                unit.CopyTo(block, i);
            }
            for (long written = 0; written < totalBytes; written += block.Length)
            {
                stream.Write(block, 0, (int)Math.Min(block.Length, totalBytes - written) / unit.Length * unit.Length);
            }
        }
        stream.Write(Encoding.UTF8.GetBytes(close));
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }

    private static void BigEndian(byte[] buffer, int offset, int value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }
}
