using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace EdocMan.Search.Core.Archive;

/// <summary>
/// Writes a case file's metadata as XML with the element names of Decree 30/2020, Annex VI Part II, and
/// compares two such XML texts field by field.
/// </summary>
/// <remarks>
/// Implementation note: dates are ISO 8601 (<c>yyyy-MM-dd</c>, xs:date) so any XML tool reads them; empty
/// optional fields are written as empty elements so every file has the same shape. The comparison is by
/// element path (<c>Documents/Document[2]/Subject</c>), which lets verification name the field that
/// differs instead of saying only that the bytes differ. Pure and thread-safe.
/// </remarks>
public static class CaseFileMetadataXml
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The XML text (UTF-8 declaration, indented).</summary>
    public static string Write(CaseFileMetadata file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var root = new XElement("File",
            FileCode(file),
            new XElement("Title", file.Title),
            new XElement("Maintenance", file.Maintenance),
            new XElement("Rights", file.Rights ?? string.Empty),
            new XElement("Creator", file.Creator),
            new XElement("Language", file.Language),
            new XElement("StartDate", Date(file.StartDate)),
            new XElement("EndDate", Date(file.EndDate)),
            new XElement("DocTotal", file.DocTotal.ToString(CultureInfo.InvariantCulture)),
            new XElement("PageTotal", file.PageTotal.ToString(CultureInfo.InvariantCulture)),
            new XElement("Description", file.Description ?? string.Empty),
            new XElement("Documents", file.Documents.Select(d => new XElement("Document",
                FileCode(file),
                new XElement("DocOrdinal", d.DocOrdinal.ToString(CultureInfo.InvariantCulture)),
                new XElement("TypeName", d.TypeName ?? string.Empty),
                new XElement("CodeNumber", d.CodeNumber ?? string.Empty),
                new XElement("CodeNotation", d.CodeNotation ?? string.Empty),
                new XElement("IssuedDate", Date(d.IssuedDate)),
                new XElement("OrganName", d.OrganName ?? string.Empty),
                new XElement("Subject", d.Subject),
                new XElement("Language", d.Language),
                new XElement("PageAmount", d.PageAmount.ToString(CultureInfo.InvariantCulture)),
                new XElement("Description", d.Description ?? string.Empty),
                new XElement("SignerInfo", new XElement("FullName", d.SignerFullName ?? string.Empty)),
                new XElement("Sha256", d.Sha256)))));
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(new Utf8StringWriter(builder), new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            new XDocument(root).Save(writer);
        }
        return builder.ToString();
    }

    /// <summary>
    /// The fields that differ between the expected XML (from the database) and the one found in a package,
    /// in Vietnamese; empty when they carry the same values. An unreadable XML is one difference.
    /// </summary>
    public static IReadOnlyList<string> Diff(string expected, string actual)
    {
        var want = Flatten(expected) ?? throw new ArgumentException("The expected XML is not readable.", nameof(expected));
        var got = Flatten(actual);
        if (got is null)
        {
            return ["tệp XML không đọc được (không đúng cú pháp XML)."];
        }
        var differences = new List<string>();
        foreach (var (path, value) in want)
        {
            if (!got.TryGetValue(path, out var other))
            {
                differences.Add($"thiếu trường {path} (cơ sở dữ liệu ghi “{value}”).");
            }
            else if (!string.Equals(value, other, StringComparison.Ordinal))
            {
                differences.Add($"trường {path} ghi “{Cut(other)}”, cơ sở dữ liệu ghi “{Cut(value)}”.");
            }
        }
        differences.AddRange(got.Keys.Where(p => !want.ContainsKey(p)).Select(p => $"có trường {p} không có trong cơ sở dữ liệu."));
        return differences;
    }

    /// <summary>Leaf elements as path → text; null when the text is not well-formed XML.</summary>
    internal static Dictionary<string, string>? Flatten(string xml)
    {
        XDocument document;
        try
        {
            // No DTDs: a package comes from outside and must not expand entities.
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (document.Root is { } root)
        {
            Walk(root, root.Name.LocalName, fields);
        }
        return fields;
    }

    private static void Walk(XElement element, string path, Dictionary<string, string> fields)
    {
        var children = element.Elements().ToList();
        if (children.Count == 0)
        {
            fields[path] = element.Value;
            return;
        }
        foreach (var group in children.GroupBy(c => c.Name.LocalName))
        {
            var index = 0;
            foreach (var child in group)
            {
                index++;
                var name = group.Count() == 1 ? group.Key : string.Create(CultureInfo.InvariantCulture, $"{group.Key}[{index}]");
                Walk(child, path + "/" + name, fields);
            }
        }
    }

    private static XElement FileCode(CaseFileMetadata file) => new("FileCode",
        new XElement("OrganId", file.OrganId),
        new XElement("FileCatalog", file.FileCatalog.ToString(CultureInfo.InvariantCulture)),
        new XElement("FileNotation", file.FileNotation));

    private static string Date(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Cut(string text) => text.Length <= 80 ? text : text[..80] + "…";

    /// <summary>A StringWriter that declares UTF-8, the encoding the bytes are written in.</summary>
    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
