using System.Text;

namespace EdocMan.Search.Testing.Hostile;

/// <summary>Writes a minimal PDF object by object, with a correct cross-reference table.</summary>
internal sealed class PdfBuilder
{
    private readonly List<byte[]> _objects = [];

    /// <summary>Adds a non-stream object; objects are numbered from 1 in the order added.</summary>
    public void Add(string body) => _objects.Add(Encoding.ASCII.GetBytes(body));

    /// <summary>Adds a stream object with the given dictionary entries (besides /Length).</summary>
    public void AddStream(string dictionary, byte[] data)
    {
        var head = Encoding.ASCII.GetBytes($"<< /Length {data.Length} {dictionary} >>\nstream\n");
        _objects.Add([.. head, .. data, .. "\nendstream"u8]);
    }

    public byte[] Build()
    {
        var pdf = new MemoryStream();
        pdf.Write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < _objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            pdf.Write(_objects[i]);
            pdf.Write("\nendobj\n"u8);
        }
        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(offset.ToString("D10")).Append(" 00000 n \n");
        }
        table.Append($"trailer\n<< /Size {_objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return pdf.ToArray();
    }
}
