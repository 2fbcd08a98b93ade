using System.Buffers.Binary;

namespace EdocMan.Search.Printing.Fonts;

/// <summary>Reassembles an sfnt file from its tables, some of them replaced.</summary>
internal static class TrueTypeWriter
{
    public static byte[] Write(byte[] original, Dictionary<string, (int Offset, int Length)> tables, Dictionary<string, byte[]> replaced)
    {
        var tags = tables.Keys.Order(StringComparer.Ordinal).ToList(); // the directory must be sorted by tag
        var bodies = tags
            .Select(tag => replaced.TryGetValue(tag, out var body) ? body : original.AsSpan(tables[tag].Offset, tables[tag].Length).ToArray())
            .ToList();

        var directoryLength = 12 + 16 * tags.Count;
        var size = directoryLength + bodies.Sum(b => Pad(b.Length));
        var font = new byte[size];
        original.AsSpan(0, 12).CopyTo(font); // sfnt version and binary-search fields depend only on the table count
        var offset = directoryLength;
        var headOffset = -1;
        for (var i = 0; i < tags.Count; i++)
        {
            var record = font.AsSpan(12 + 16 * i, 16);
            System.Text.Encoding.ASCII.GetBytes(tags[i], record[..4]);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(bodies[i]));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)bodies[i].Length);
            bodies[i].CopyTo(font.AsSpan(offset));
            if (tags[i] == "head")
            {
                headOffset = offset;
            }
            offset += Pad(bodies[i].Length);
        }
        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + 8), 0xB1B0AFBA - Checksum(font));
        }
        return font;
    }

    private static int Pad(int length) => (length + 3) & ~3;

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var j = 0; j < 4; j++)
            {
                word = (word << 8) | (i + j < data.Length ? data[i + j] : 0u);
            }
            sum += word;
        }
        return sum;
    }
}
