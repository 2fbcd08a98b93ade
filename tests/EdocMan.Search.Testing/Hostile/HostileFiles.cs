using System.Text;

namespace EdocMan.Search.Testing.Hostile;

/// <summary>One generated upload: its bytes, the file name sent and extra form fields.</summary>
/// <param name="Kind">What was done to it, for the failure message.</param>
/// <param name="RawFileName">When set, the file name's raw header bytes (e.g. invalid UTF-8) instead of <paramref name="FileName"/>.</param>
/// <param name="RawFields">Form fields whose values are sent as raw bytes (e.g. invalid UTF-8).</param>
public sealed record HostileFile(
    string Kind, byte[] Bytes, string FileName,
    IReadOnlyDictionary<string, string>? Fields = null,
    byte[]? RawFileName = null,
    IReadOnlyDictionary<string, byte[]>? RawFields = null);

/// <summary>
/// Malformed files made in code from a seed: truncated, bit-flipped and overwritten PDFs and .docx,
/// decompression bombs, random bytes, lying image headers, hostile names and metadata.
/// </summary>
/// <remarks>The same seed gives the same files, so a failure is reproduced by its seed.</remarks>
public static class HostileFiles
{
    public static readonly string[] Extensions = [".pdf", ".docx", ".doc", ".txt", ".png", ".jpg", ".tif", ".bin", ".zip", ""];

    /// <summary>The file cases; bombs only when <paramref name="bombs"/> (they take a few seconds to build).</summary>
    public static IEnumerable<HostileFile> Generate(int seed, bool bombs = true)
    {
        var random = new Random(seed);
        var pdfs = new[]
        {
            PdfFactory.Vietnamese(),
            PdfFactory.FromText(PdfFactory.LongText(3) + "\n" + seed),
            PdfFactory.WithPageWithoutText(PdfFactory.FromText("Công văn số 12/UBND-VX " + seed)),
        };
        var docx = HostileFormats.Docx("Công văn về việc triển khai phần mềm quản lý văn bản " + seed);

        for (var i = 0; i < 80; i++)
        {
            var source = pdfs[i % pdfs.Length];
            yield return new($"truncated pdf {i}", source[..random.Next(1, source.Length)], $"cat-{i}.pdf");
        }
        for (var i = 0; i < 100; i++)
        {
            var flips = new[] { 1, 4, 16, 64, 256 }[i % 5];
            yield return new($"pdf with {flips} flipped bytes {i}", Flip(pdfs[i % pdfs.Length], flips, random), $"lat-{i}.pdf");
        }
        for (var i = 0; i < 40; i++)
        {
            yield return new($"pdf with an overwritten range {i}", Overwrite(pdfs[i % pdfs.Length], random), $"ghi-de-{i}.pdf");
        }
        foreach (var (name, bytes) in PdfStructureBreaks(pdfs[0]))
        {
            yield return new($"pdf structure: {name}", bytes, "cau-truc.pdf");
        }
        for (var i = 0; i < 30; i++)
        {
            var bytes = i % 2 == 0 ? docx[..random.Next(1, docx.Length)] : Flip(docx, 1 + i, random);
            yield return new($"damaged docx {i}", bytes, $"hong-{i}.docx");
        }
        for (var i = 0; i < 90; i++)
        {
            var bytes = new byte[random.Next(1, 20_000)];
            random.NextBytes(bytes);
            yield return new($"random bytes {i}", bytes, $"ngau-nhien-{i}{Extensions[i % Extensions.Length]}");
        }
        foreach (var image in Images(random))
        {
            yield return image;
        }
        foreach (var text in Texts(random, seed))
        {
            yield return text;
        }
        if (bombs)
        {
            yield return new("pdf flate bomb 24 MB of spaces", HostileFormats.PdfFlateBomb(24L << 20), "bom-pdf-1.pdf");
            yield return new("pdf flate bomb 24 MB of operators", HostileFormats.PdfFlateBomb(24L << 20, "q Q "), "bom-pdf-2.pdf");
            yield return new("pdf flate bomb 24 MB of text shows", HostileFormats.PdfFlateBomb(24L << 20, "(a) Tj "), "bom-pdf-3.pdf");
            yield return new("pdf image bomb 11000 x 10000", HostileFormats.PdfImageBomb(11_000, 10_000), "bom-anh.pdf");
            yield return new("docx bomb 64 MB in one paragraph", HostileFormats.DocxBomb(64L << 20, manyParagraphs: false), "bom-1.docx");
            yield return new("docx bomb 64 MB of empty paragraphs", HostileFormats.DocxBomb(64L << 20, manyParagraphs: true), "bom-2.docx");
        }
    }

    /// <summary><paramref name="count"/> bytes after the header replaced by random values.</summary>
    public static byte[] Flip(byte[] source, int count, Random random)
    {
        var bytes = (byte[])source.Clone();
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(Math.Min(9, bytes.Length - 1), bytes.Length);
            bytes[at] = (byte)random.Next(256);
        }
        return bytes;
    }

    private static byte[] Overwrite(byte[] source, Random random)
    {
        var bytes = (byte[])source.Clone();
        var start = random.Next(9, bytes.Length - 1);
        var length = Math.Min(random.Next(1, 512), bytes.Length - start);
        var fill = random.Next(3);
        for (var i = start; i < start + length; i++)
        {
            bytes[i] = fill switch { 0 => 0, 1 => 0xFF, _ => (byte)random.Next(256) };
        }
        return bytes;
    }

    private static IEnumerable<(string, byte[])> PdfStructureBreaks(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        string Replace(string from, string to) => text.Replace(from, to, StringComparison.Ordinal);
        yield return ("no xref", Encoding.Latin1.GetBytes(Replace("xref", "fxer")));
        yield return ("startxref past the end", Encoding.Latin1.GetBytes(text[..text.LastIndexOf("startxref", StringComparison.Ordinal)] + "startxref\n99999999\n%%EOF"));
        yield return ("negative startxref", Encoding.Latin1.GetBytes(text[..text.LastIndexOf("startxref", StringComparison.Ordinal)] + "startxref\n-5\n%%EOF"));
        yield return ("no EOF", Encoding.Latin1.GetBytes(Replace("%%EOF", "")));
        yield return ("no endstream", Encoding.Latin1.GetBytes(Replace("endstream", "")));
        yield return ("no endobj", Encoding.Latin1.GetBytes(Replace("endobj", "")));
        yield return ("lengths lie", Encoding.Latin1.GetBytes(System.Text.RegularExpressions.Regex.Replace(text, @"/Length \d+", "/Length 99999999")));
        yield return ("page count lies", Encoding.Latin1.GetBytes(System.Text.RegularExpressions.Regex.Replace(text, @"/Count \d+", "/Count 2147483647")));
        yield return ("self-referencing pages", Encoding.Latin1.GetBytes(System.Text.RegularExpressions.Regex.Replace(text, @"/Kids \[[^\]]*\]", "/Kids [2 0 R 2 0 R]")));
        yield return ("header only", "%PDF-1.7\n"u8.ToArray());
        yield return ("header and EOF", "%PDF-1.7\n%%EOF\n"u8.ToArray());
        yield return ("deep nesting", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n" + new string('[', 100_000) + "\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF"));
        yield return ("deep dictionaries", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n" + string.Concat(Enumerable.Repeat("<< /A ", 20_000)) + "\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF"));
    }

    private static IEnumerable<HostileFile> Images(Random random)
    {
        byte[] Noise(int length)
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            return bytes;
        }
        int[] sizes = [0, 1, 65_535, 100_000, int.MaxValue];
        for (var i = 0; i < 30; i++)
        {
            var w = sizes[i % sizes.Length];
            var h = sizes[(i / sizes.Length) % sizes.Length];
            yield return new($"png {w}x{h} with noise", HostileFormats.PngHeader(w, h, Noise(random.Next(0, 4000))), $"anh-{i}.png");
        }
        for (var i = 0; i < 30; i++)
        {
            var w = sizes[i % sizes.Length] & 0xFFFF;
            var h = sizes[(i / sizes.Length) % sizes.Length] & 0xFFFF;
            yield return new($"jpeg {w}x{h} with noise", HostileFormats.JpegHeader(w, h, Noise(random.Next(0, 4000))), $"anh-{i}.jpg");
        }
        uint[] offsets = [0, 8, 9, 0xFFFFFFF0, 100];
        for (var i = 0; i < 30; i++)
        {
            var rest = Noise(random.Next(0, 4000));
            if (i % 4 == 1 && rest.Length > 2)
            {
                // An IFD that claims 65,535 entries.
                rest[0] = 0xFF;
                rest[1] = 0xFF;
            }
            yield return new($"tiff ifd at {offsets[i % offsets.Length]}", HostileFormats.TiffHeader(offsets[i % offsets.Length], rest), $"anh-{i}.tif");
        }
    }

    private static IEnumerable<HostileFile> Texts(Random random, int seed)
    {
        // Every one of these is a readable text file, so the upload is accepted: its name and fields are the attack.
        string Unique(string what) => $"Văn bản thử {what} {seed} {random.Next():x8}";
        var i = 0;
        foreach (var name in HostileStrings.FileNames)
        {
            yield return new($"file name {name}", Encoding.UTF8.GetBytes(Unique("tên tệp")), name);
        }
        foreach (var raw in HostileStrings.InvalidUtf8)
        {
            yield return new("invalid UTF-8 file name", Encoding.UTF8.GetBytes(Unique("tên lỗi")), "x.txt", RawFileName: [.. raw, .. ".txt"u8]);
            yield return new("invalid UTF-8 title", Encoding.UTF8.GetBytes(Unique("tiêu đề lỗi")), "y.txt",
                RawFields: new Dictionary<string, byte[]> { ["title"] = raw, ["signer"] = raw });
            yield return new("invalid UTF-8 content", [.. Encoding.UTF8.GetBytes(Unique("nội dung lỗi")), .. raw], $"z-{i++}.txt");
        }
        // Each value in every field, in two uploads: the free-text fields, then the checked ones (number, type,
        // date, register), so a value the checked fields refuse still reaches the free-text ones.
        foreach (var value in HostileStrings.FieldValues)
        {
            foreach (var fields in new[] { HostileStrings.MetadataFields[..1].Concat(HostileStrings.MetadataFields[3..5]), HostileStrings.MetadataFields[1..3].Concat(HostileStrings.MetadataFields[5..]) })
            {
                yield return new($"fields {string.Join(',', fields)} = {Shorten(value)}", Encoding.UTF8.GetBytes(Unique("trường")), $"truong-{i++}.txt",
                    fields.ToDictionary(f => f, _ => value));
            }
        }
        foreach (var value in HostileStrings.FieldValues.Take(8))
        {
            yield return new($"content {Shorten(value)}", Encoding.UTF8.GetBytes(Unique("nội dung") + "\n" + value), $"noi-dung-{i++}.txt");
        }
    }

    public static string Shorten(string value) =>
        value.Length <= 40 ? value : value[..40] + $"… ({value.Length} chars)";
}
