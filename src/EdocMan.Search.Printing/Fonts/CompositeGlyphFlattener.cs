using System.Buffers.Binary;

namespace EdocMan.Search.Printing.Fonts;

/// <summary>
/// Rewrites a TrueType font so that no composite glyph points at another composite glyph.
/// </summary>
/// <remarks>
/// <para>
/// Implementation note: PDFsharp 6.2.4 computes the glyph closure of a font subset in a single pass
/// (empira/PDFsharp#348, open). DejaVu builds most Vietnamese letters as nested composites: "ộ" is
/// o + U+0323 + U+0302, and those marks are themselves composites of U+02D9 and U+02C6; "ờ" uses
/// ơ, itself o + horn. The subset then lacks the inner outlines, so "CỘNG", "Hạnh" and "ờ" print as
/// "CONG", "Hanh" and "o" while their text layer stays correct. Feeding PDFsharp a font whose composites
/// reference simple glyphs only makes its single pass complete, and keeps subsets at a few dozen KB
/// (embedding the whole font instead costs about 400 KB per PDF).
/// </para>
/// <para>
/// Only components placed by a plain x/y offset are flattened (the offsets add up); a component with a
/// scale or point matching is left as it was. Hinting instructions of inner composites are dropped,
/// which affects on-screen hinting at most, never the outline.
/// </para>
/// </remarks>
internal static class CompositeGlyphFlattener
{
    private const ushort Arg1And2AreWords = 0x0001;
    private const ushort ArgsAreXyValues = 0x0002;
    private const ushort WeHaveAScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort WeHaveAnXAndYScale = 0x0040;
    private const ushort WeHaveATwoByTwo = 0x0080;
    private const ushort WeHaveInstructions = 0x0100;
    private const ushort UseMyMetrics = 0x0200;
    private const ushort AnyTransform = WeHaveAScale | WeHaveAnXAndYScale | WeHaveATwoByTwo;
    private const int MaxDepth = 8;

    private sealed record Component(ushort Flags, ushort Glyph, int Arg1, int Arg2, byte[] Transform)
    {
        public bool IsPlainOffset => (Flags & ArgsAreXyValues) != 0 && (Flags & AnyTransform) == 0;
    }

    /// <summary>Returns the rewritten font, or the input itself when nothing needed flattening.</summary>
    /// <exception cref="InvalidDataException">The font's tables are not what TrueType promises.</exception>
    public static byte[] Flatten(byte[] font)
    {
        var tables = ReadTableDirectory(font);
        if (!tables.TryGetValue("glyf", out var glyf) || !tables.TryGetValue("loca", out var loca)
            || !tables.TryGetValue("head", out var head) || !tables.TryGetValue("maxp", out var maxp))
        {
            return font; // CFF-flavoured OpenType: no glyf composites to fix.
        }
        var glyphs = ReadGlyphs(font, glyf, loca, head, maxp);
        var numGlyphs = glyphs.Length;

        var changed = false;
        var maxElements = 0;
        var flattened = new byte[numGlyphs][];
        for (var g = 0; g < numGlyphs; g++)
        {
            flattened[g] = glyphs[g];
            if (!IsComposite(glyphs[g]))
            {
                continue;
            }
            var (components, instructions) = ReadComposite(glyphs[g]);
            var leaves = Resolve(components, glyphs, depth: 0);
            maxElements = Math.Max(maxElements, leaves.Count);
            if (leaves.Count != components.Count || !leaves.SequenceEqual(components))
            {
                flattened[g] = WriteComposite(glyphs[g].AsSpan(0, 10), leaves, instructions);
                changed = true;
            }
        }
        return changed ? Rebuild(font, tables, flattened, maxElements) : font;
    }

    /// <summary>How many composite glyphs reference another composite glyph (diagnostics and tests).</summary>
    internal static int CountNestedComposites(byte[] font)
    {
        var tables = ReadTableDirectory(font);
        var glyphs = ReadGlyphs(font, tables["glyf"], tables["loca"], tables["head"], tables["maxp"]);
        return glyphs.Count(g => IsComposite(g)
            && ReadComposite(g).Components.Any(c => c.Glyph < glyphs.Length && IsComposite(glyphs[c.Glyph])));
    }

    private static byte[][] ReadGlyphs(byte[] font, (int Offset, int Length) glyf, (int Offset, int Length) loca,
        (int Offset, int Length) head, (int Offset, int Length) maxp)
    {
        var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(maxp.Offset + 4));
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(head.Offset + 50)) == 1;
        var glyphs = new byte[numGlyphs][];
        for (var g = 0; g < numGlyphs; g++)
        {
            var start = LocaEntry(font, loca.Offset, g, longLoca);
            var end = LocaEntry(font, loca.Offset, g + 1, longLoca);
            if (end < start || end > glyf.Length)
            {
                throw new InvalidDataException($"Glyph {g} lies outside the glyf table.");
            }
            glyphs[g] = font.AsSpan(glyf.Offset + start, end - start).ToArray();
        }
        return glyphs;
    }

    private static List<Component> Resolve(List<Component> components, byte[][] glyphs, int depth)
    {
        var result = new List<Component>(components.Count);
        foreach (var component in components)
        {
            var child = component.Glyph < glyphs.Length ? glyphs[component.Glyph] : [];
            if (depth >= MaxDepth || !component.IsPlainOffset || !IsComposite(child))
            {
                result.Add(component);
                continue;
            }
            var inner = Resolve(ReadComposite(child).Components, glyphs, depth + 1);
            if (!inner.All(c => c.IsPlainOffset))
            {
                result.Add(component);
                continue;
            }
            // The inner component's metrics flag would now claim the outer glyph's advance: drop it.
            result.AddRange(inner.Select(c => c with
            {
                Flags = (ushort)((c.Flags | Arg1And2AreWords) & ~UseMyMetrics),
                Arg1 = checked((short)(component.Arg1 + c.Arg1)),
                Arg2 = checked((short)(component.Arg2 + c.Arg2)),
            }));
        }
        return result;
    }

    private static bool IsComposite(byte[] glyph) =>
        glyph.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(glyph) < 0;

    private static (List<Component> Components, byte[] Instructions) ReadComposite(byte[] glyph)
    {
        var components = new List<Component>();
        var position = 10;
        var hasInstructions = false;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph.AsSpan(position));
            var index = BinaryPrimitives.ReadUInt16BigEndian(glyph.AsSpan(position + 2));
            position += 4;
            int arg1, arg2;
            var signed = (flags & ArgsAreXyValues) != 0;
            if ((flags & Arg1And2AreWords) != 0)
            {
                arg1 = signed ? BinaryPrimitives.ReadInt16BigEndian(glyph.AsSpan(position)) : BinaryPrimitives.ReadUInt16BigEndian(glyph.AsSpan(position));
                arg2 = signed ? BinaryPrimitives.ReadInt16BigEndian(glyph.AsSpan(position + 2)) : BinaryPrimitives.ReadUInt16BigEndian(glyph.AsSpan(position + 2));
                position += 4;
            }
            else
            {
                arg1 = signed ? (sbyte)glyph[position] : glyph[position];
                arg2 = signed ? (sbyte)glyph[position + 1] : glyph[position + 1];
                position += 2;
            }
            var transformLength = (flags & WeHaveAScale) != 0 ? 2 : (flags & WeHaveAnXAndYScale) != 0 ? 4 : (flags & WeHaveATwoByTwo) != 0 ? 8 : 0;
            var transform = glyph.AsSpan(position, transformLength).ToArray();
            position += transformLength;
            hasInstructions |= (flags & WeHaveInstructions) != 0;
            components.Add(new Component((ushort)(flags & ~(MoreComponents | WeHaveInstructions)), index, arg1, arg2, transform));
        }
        while ((flags & MoreComponents) != 0);

        var instructions = Array.Empty<byte>();
        if (hasInstructions && position + 2 <= glyph.Length)
        {
            var length = BinaryPrimitives.ReadUInt16BigEndian(glyph.AsSpan(position));
            instructions = glyph.AsSpan(position, Math.Min(2 + length, glyph.Length - position)).ToArray();
        }
        return (components, instructions);
    }

    private static byte[] WriteComposite(ReadOnlySpan<byte> header, List<Component> components, byte[] instructions)
    {
        using var output = new MemoryStream();
        output.Write(header);
        Span<byte> word = stackalloc byte[2];
        for (var i = 0; i < components.Count; i++)
        {
            var c = components[i];
            var last = i == components.Count - 1;
            var flags = (ushort)(c.Flags | Arg1And2AreWords | (last ? 0 : MoreComponents)
                | (last && instructions.Length > 0 ? WeHaveInstructions : 0));
            foreach (var value in new[] { flags, c.Glyph, (ushort)c.Arg1, (ushort)c.Arg2 })
            {
                BinaryPrimitives.WriteUInt16BigEndian(word, value);
                output.Write(word);
            }
            output.Write(c.Transform);
        }
        output.Write(instructions);
        return output.ToArray();
    }

    private static byte[] Rebuild(byte[] font, Dictionary<string, (int Offset, int Length)> tables, byte[][] glyphs, int maxElements)
    {
        // glyf and a long-format loca (offsets may no longer fit the short format).
        using var glyf = new MemoryStream();
        var loca = new byte[(glyphs.Length + 1) * 4];
        for (var g = 0; g < glyphs.Length; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(g * 4), (uint)glyf.Length);
            glyf.Write(glyphs[g]);
            while (glyf.Length % 4 != 0)
            {
                glyf.WriteByte(0);
            }
        }
        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(glyphs.Length * 4), (uint)glyf.Length);

        var head = font.AsSpan(tables["head"].Offset, tables["head"].Length).ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0); // checkSumAdjustment: recomputed below
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        var maxp = font.AsSpan(tables["maxp"].Offset, tables["maxp"].Length).ToArray();
        if (maxp.Length >= 32 && BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(28)) < maxElements)
        {
            BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(28), (ushort)maxElements);
        }

        var replaced = new Dictionary<string, byte[]> { ["glyf"] = glyf.ToArray(), ["loca"] = loca, ["head"] = head, ["maxp"] = maxp };
        return TrueTypeWriter.Write(font, tables, replaced);
    }

    private static int LocaEntry(byte[] font, int locaOffset, int glyph, bool longLoca) =>
        longLoca
            ? checked((int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(locaOffset + glyph * 4)))
            : BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(locaOffset + glyph * 2)) * 2;

    internal static Dictionary<string, (int Offset, int Length)> ReadTableDirectory(byte[] font)
    {
        if (font.Length < 12)
        {
            throw new InvalidDataException("Too short for a TrueType font.");
        }
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + i * 16, 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            var offset = checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]));
            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
            if (offset + length > font.Length)
            {
                throw new InvalidDataException($"Table {tag} lies outside the file.");
            }
            tables[tag] = (offset, length);
        }
        return tables;
    }
}
