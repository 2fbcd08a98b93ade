using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace EdocMan.Search.Extraction.Tests.Pdf;

/// <summary>
/// A one-page PDF whose page is a JBIG2 image, as copiers' "compact PDF" mode writes scans: an embedded JBIG2
/// stream (page information and one immediate lossless generic region; poppler refuses an end-of-page segment there)
/// under <c>/JBIG2Decode</c>.
/// </summary>
/// <remarks>
/// No JBIG2 encoder is packaged for Debian, but a generic region may be MMR-coded, and JBIG2's MMR coding is
/// CCITT T.6 (ITU-T T.88, 6.2.6): the region's data is the G4 strip of a one-strip TIFF as Leptonica writes it.
/// </remarks>
internal static class Jbig2Pdf
{
    private const byte PageInformation = 48;
    private const byte ImmediateLosslessGenericRegion = 39;

    /// <summary>The PDF of the first frame of a CCITT G4 TIFF written in one strip.</summary>
    public static byte[] FromG4Tiff(byte[] tiff)
    {
        var (width, height, mmr) = G4Strip(tiff);
        return Pdf(width, height, Jbig2(width, height, mmr));
    }

    private static byte[] Jbig2(int width, int height, byte[] mmr)
    {
        var stream = new MemoryStream();
        var info = new byte[19];
        BinaryPrimitives.WriteInt32BigEndian(info.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(info.AsSpan(4), height);
        // Resolution unknown (0), flags 1 (eventually lossless), no striping.
        info[16] = 1;
        Segment(stream, 0, PageInformation, info);
        var region = new byte[18 + mmr.Length];
        BinaryPrimitives.WriteInt32BigEndian(region.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(region.AsSpan(4), height);
        // At (0, 0), combination operator OR (flags 0); generic region flags: MMR.
        region[17] = 1;
        mmr.CopyTo(region, 18);
        Segment(stream, 1, ImmediateLosslessGenericRegion, region);
        return stream.ToArray();
    }

    // Segment header (T.88, 7.2): number, type, no referred-to segments, page 1 (one-byte association), data length.
    private static void Segment(Stream stream, int number, byte type, byte[] data)
    {
        var header = new byte[11];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), number);
        header[4] = type;
        header[5] = 0;
        header[6] = 1;
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(7), data.Length);
        stream.Write(header);
        stream.Write(data);
    }

    private static byte[] Pdf(int width, int height, byte[] jbig2)
    {
        var c = CultureInfo.InvariantCulture;
        var output = new MemoryStream();
        var offsets = new List<long>();
        void Text(string s) => output.Write(Encoding.ASCII.GetBytes(s));
        void Object(string dictionary, byte[]? stream = null)
        {
            offsets.Add(output.Position);
            Text(string.Create(c, $"{offsets.Count} 0 obj\n{dictionary}\n"));
            if (stream is not null)
            {
                Text("stream\n");
                output.Write(stream);
                Text("\nendstream\n");
            }
            Text("endobj\n");
        }
        var content = Encoding.ASCII.GetBytes("q 595 0 0 842 0 0 cm /Im0 Do Q");
        Text("%PDF-1.5\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>");
        Object(string.Create(c, $"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode /Length {jbig2.Length} >>"), jbig2);
        Object(string.Create(c, $"<< /Length {content.Length} >>"), content);
        var xref = output.Position;
        Text(string.Create(c, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            Text(string.Create(c, $"{offset:D10} 00000 n \n"));
        }
        Text(string.Create(c, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return output.ToArray();
    }

    /// <summary>Width, height and the one G4 strip of the TIFF's first frame.</summary>
    private static (int Width, int Height, byte[] Strip) G4Strip(byte[] tiff)
    {
        var little = tiff[0] == (byte)'I';
        int U16(int at) => little ? BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(at)) : BinaryPrimitives.ReadUInt16BigEndian(tiff.AsSpan(at));
        int U32(int at) => (int)(little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff.AsSpan(at)) : BinaryPrimitives.ReadUInt32BigEndian(tiff.AsSpan(at)));
        var ifd = U32(4);
        var tags = new Dictionary<int, (int Count, int Value)>();
        for (var i = 0; i < U16(ifd); i++)
        {
            var entry = ifd + 2 + i * 12;
            var type = U16(entry + 2);
            tags[U16(entry)] = (U32(entry + 4), type == 3 ? U16(entry + 8) : U32(entry + 8));
        }
        if (tags[259].Value != 4 || tags[273].Count != 1)
        {
            throw new InvalidDataException("Not a one-strip CCITT G4 TIFF.");
        }
        return (tags[256].Value, tags[257].Value, tiff.AsSpan(tags[273].Value, tags[279].Value).ToArray());
    }
}
